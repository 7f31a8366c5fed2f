package org.smartcityplanner.training.web;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.Attendance;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.TrainingSession;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.CurriculumUseCases;
import org.smartcityplanner.publicaccess.QrCodes;
import org.smartcityplanner.publicaccess.CheckInLinks;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Sessions of a cohort: adding one, and the session page trainers project in the room — the QR code to scan, the
 * list of trainees with a tick for those without a phone.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class SessionController {

	private final CohortUseCases cohorts;
	private final AttendanceUseCases attendance;
	private final CurriculumUseCases curriculum;
	private final IdentityApi identity;
	private final Problems problems;
	private final CheckInLinks checkInLinks;

	SessionController(CohortUseCases cohorts, AttendanceUseCases attendance, CurriculumUseCases curriculum, IdentityApi identity,
			Problems problems, CheckInLinks checkInLinks) {
		this.checkInLinks = checkInLinks;
		this.cohorts = cohorts;
		this.attendance = attendance;
		this.curriculum = curriculum;
		this.identity = identity;
		this.problems = problems;
	}

	@GetMapping("/p/{provinceCode}/training/{cohortId}/sessions/new")
	String newSession(@PathVariable String provinceCode, @PathVariable long cohortId, Model model) {
		Cohort cohort = cohort(ProvinceCode.of(provinceCode), cohortId);
		SessionForm form = new SessionForm();
		form.setDate(cohort.startDate().toString());
		return form(cohort, form, Map.of(), model);
	}

	@PostMapping("/p/{provinceCode}/training/{cohortId}/sessions")
	String add(@PathVariable String provinceCode, @PathVariable long cohortId, @ModelAttribute("form") SessionForm form,
			Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Cohort cohort = cohort(province, cohortId);
		List<FieldProblem> found = cohorts.check(form.draft());
		if (!found.isEmpty()) {
			return form(cohort, form, problems.byField(found), model);
		}
		try {
			TrainingSession session = cohorts.addSession(province, cohortId, form.draft());
			redirect.addFlashAttribute("flashSuccess", "training.session.added");
			return "redirect:/p/" + province.value() + "/training/sessions/" + session.id();
		}
		catch (InvalidInputException e) {
			return form(cohort, form, problems.of(e), model);
		}
	}

	private String form(Cohort cohort, SessionForm form, Map<String, List<String>> errors, Model model) {
		model.addAttribute("cohort", cohort);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("topics", curriculum.curriculum(cohort.curriculumId()).orElseThrow().topics());
		model.addAttribute("trainers", identity.usersWithRole(Role.CONSULTANT));
		return "training/session-form";
	}

	@GetMapping("/p/{provinceCode}/training/sessions/{sessionId}")
	String show(@PathVariable String provinceCode, @PathVariable long sessionId, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		TrainingSession session = session(province, sessionId);
		Cohort cohort = cohort(province, session.cohortId());
		Map<Long, Attendance> present = attendance.attendanceOf(province, cohort.id()).stream()
			.filter(a -> a.sessionId() == sessionId)
			.collect(Collectors.toMap(Attendance::traineeId, a -> a));
		Set<Long> trainerIds = Set.copyOf(session.trainerIds());
		model.addAttribute("trainingSession", session);
		model.addAttribute("cohort", cohort);
		// after the end the link refuses every scan, so the room is told the session ended instead of being shown a code
		boolean ended = checkInLinks.over(session.endsAt());
		model.addAttribute("ended", ended);
		if (!ended) {
			String link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUriString()
				.replaceAll("/$", "") + attendance.checkInPath(province, sessionId);
			model.addAttribute("checkInUrl", link);
			model.addAttribute("qr", QrCodes.dataUri(link, 360));
		}
		model.addAttribute("trainees", cohorts.traineesOf(province, cohort.id()));
		model.addAttribute("present", present);
		model.addAttribute("trainers", identity.usersWithRole(Role.CONSULTANT).stream()
			.filter(u -> trainerIds.contains(u.id())).toList());
		return "training/session";
	}

	@PostMapping("/p/{provinceCode}/training/sessions/{sessionId}/attendance")
	String tick(@PathVariable String provinceCode, @PathVariable long sessionId, @RequestParam long traineeId,
			@RequestParam boolean present, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		session(province, sessionId);
		try {
			attendance.setPresent(province, sessionId, traineeId, present);
		}
		catch (NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flashSuccess", present ? "training.attendance.ticked" : "training.attendance.unticked");
		return "redirect:/p/" + province.value() + "/training/sessions/" + sessionId + "#t" + traineeId;
	}

	private Cohort cohort(ProvinceCode province, long cohortId) {
		return cohorts.cohort(province, cohortId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private TrainingSession session(ProvinceCode province, long sessionId) {
		return cohorts.session(province, sessionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
