package org.smartcityplanner.training.web;

import java.util.List;

import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortReport;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.CertificateSignerUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.CurriculumUseCases;
import org.smartcityplanner.training.internal.PersonalLinkUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
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
 * The province's cohorts for the people who run the training (admins, consultants, coordinators): list, create,
 * and the cohort page with its sessions, trainees and figures. Trainees' personal data is shown only here.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class CohortController {

	private final CohortUseCases cohorts;
	private final AssessmentUseCases assessment;
	private final CurriculumUseCases curriculum;
	private final RegistrationUseCases registrations;
	private final IdentityApi identity;
	private final Problems problems;
	private final CertificateSignerUseCases signers;
	private final PersonalLinkUseCases links;

	CohortController(CohortUseCases cohorts, AssessmentUseCases assessment, CurriculumUseCases curriculum,
			RegistrationUseCases registrations, IdentityApi identity, Problems problems,
			CertificateSignerUseCases signers, PersonalLinkUseCases links) {
		this.links = links;
		this.signers = signers;
		this.cohorts = cohorts;
		this.assessment = assessment;
		this.curriculum = curriculum;
		this.registrations = registrations;
		this.identity = identity;
		this.problems = problems;
	}

	@GetMapping("/p/{provinceCode}/training")
	String list(@PathVariable String provinceCode, Model model) {
		model.addAttribute("cohorts", cohorts.cohortsOf(ProvinceCode.of(provinceCode)));
		return "training/cohorts";
	}

	@GetMapping("/p/{provinceCode}/training/new")
	String newCohort(@PathVariable String provinceCode, Model model) {
		model.addAttribute("form", new CohortForm());
		model.addAttribute("errors", java.util.Map.of());
		return "training/cohort-form";
	}

	@PostMapping("/p/{provinceCode}/training")
	String create(@PathVariable String provinceCode, @ModelAttribute("form") CohortForm form, Model model,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		List<FieldProblem> found = cohorts.check(form.draft());
		if (!found.isEmpty()) {
			model.addAttribute("errors", problems.byField(found));
			return "training/cohort-form";
		}
		Cohort cohort = cohorts.create(province, form.draft());
		redirect.addFlashAttribute("flashSuccess", "training.cohort.created");
		return "redirect:/p/" + province.value() + "/training/" + cohort.id();
	}

	@GetMapping("/p/{provinceCode}/training/{cohortId}")
	String show(@PathVariable String provinceCode, @PathVariable long cohortId, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		CohortReport report = report(province, cohortId);
		model.addAttribute("report", report);
		model.addAttribute("cohort", report.cohort());
		model.addAttribute("curriculum", curriculum.curriculum(report.cohort().curriculumId()).orElseThrow());
		model.addAttribute("registrationUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/training/register/{key}").buildAndExpand(report.cohort().registrationKey()).toUriString());
		model.addAttribute("trainers", identity.usersWithRole(Role.CONSULTANT));
		model.addAttribute("signer", signers.signerOf(province, cohortId));
		model.addAttribute("linksNotHandedOut", links.notHandedOut(province, cohortId));
		if (!model.containsAttribute("signerForm")) {
			// after a refused save the flash carries the typed values and their problems instead
			model.addAttribute("signerForm", SignerForm.of(signers.signerOf(province, cohortId)));
			model.addAttribute("signerErrors", java.util.Map.of());
		}
		return "training/cohort";
	}

	@PostMapping("/p/{provinceCode}/training/{cohortId}/registration")
	String setRegistration(@PathVariable String provinceCode, @PathVariable long cohortId,
			@RequestParam boolean open, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		report(province, cohortId);
		cohorts.setRegistrationOpen(province, cohortId, open);
		redirect.addFlashAttribute("flashSuccess", open ? "training.registration.opened" : "training.registration.closed");
		return "redirect:/p/" + province.value() + "/training/" + cohortId;
	}

	@PostMapping("/p/{provinceCode}/training/{cohortId}/trainees/{traineeId}/link")
	String issueLink(@PathVariable String provinceCode, @PathVariable long cohortId, @PathVariable long traineeId,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		boolean inCohort = cohorts.traineesOf(province, cohortId).stream()
			.anyMatch(t -> t.id() == traineeId && !t.anonymised());
		if (!inCohort) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String token = registrations.issueAccessToken(province, traineeId);
		redirect.addFlashAttribute("issuedLink", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/t/{token}").buildAndExpand(token).toUriString());
		redirect.addFlashAttribute("issuedFor", traineeId);
		return "redirect:/p/" + province.value() + "/training/" + cohortId + "#trainees";
	}

	private CohortReport report(ProvinceCode province, long cohortId) {
		try {
			return assessment.report(province, cohortId);
		}
		catch (java.util.NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
