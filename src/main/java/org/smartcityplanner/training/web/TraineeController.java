package org.smartcityplanner.training.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.publication.PdfNotAvailableException;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.training.Attendance;
import org.smartcityplanner.training.SurveyAnswers;
import org.smartcityplanner.training.TestKind;
import org.smartcityplanner.training.TestQuestion;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.TrainingSession;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.smartcityplanner.training.report.TrainingDocuments;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A trainee's personal pages, reached through the secret link they got at registration (no account): their
 * sessions and attendance, the pre- and post-test, surveys, their certificate, a copy of their data and erasure.
 */
@Controller
class TraineeController {

	private final RegistrationUseCases registrations;
	private final AttendanceUseCases attendance;
	private final AssessmentUseCases assessment;
	private final TrainingDocuments documents;
	private final TraineePages pages;
	private final Problems problems;

	TraineeController(RegistrationUseCases registrations, AttendanceUseCases attendance, AssessmentUseCases assessment,
			TrainingDocuments documents, TraineePages pages, Problems problems) {
		this.registrations = registrations;
		this.attendance = attendance;
		this.assessment = assessment;
		this.documents = documents;
		this.pages = pages;
		this.problems = problems;
	}

	/**
	 * The trainee's pages carry forms, whose CSRF token lives in the session. A phone that opens a link from the
	 * printed sheet has no session yet, and a long page is partly sent before its first form, when a session can
	 * no longer be started; so it is started before the page is written.
	 */
	@ModelAttribute
	void sessionForForms(HttpServletRequest request) {
		request.getSession();
	}

	@GetMapping("/t/{token}")
	String home(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		Trainee trainee = trainee(token);
		// opening the personal link on a phone remembers it there for QR check-in
		TraineeCookie.remember(request, response, token);
		pages.home(trainee, token, model);
		return "training/trainee";
	}

	/** The trainee's page from the link remembered on this device. */
	@GetMapping("/training/me")
	String me(HttpServletRequest request) {
		String token = TraineeCookie.read(request);
		if (registrations.traineeByToken(token).isEmpty()) {
			throw new UnknownPersonalLink(token);
		}
		return "redirect:/t/" + token;
	}

	@GetMapping("/t/{token}/test/{kind}")
	String test(@PathVariable String token, @PathVariable String kind, Model model) {
		Trainee trainee = trainee(token);
		TestKind testKind = kind(kind);
		model.addAttribute("trainee", trainee);
		model.addAttribute("token", token);
		model.addAttribute("kind", testKind);
		model.addAttribute("result", assessment.result(trainee.id(), testKind).orElse(null));
		model.addAttribute("questions", assessment.testOf(trainee.cohortId()).stream()
			.map(question -> TestQuestion.forTrainee(trainee.id(), question)).toList());
		return "training/test";
	}

	@PostMapping("/t/{token}/test/{kind}")
	String submitTest(@PathVariable String token, @PathVariable String kind, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		Trainee trainee = trainee(token);
		TestKind testKind = kind(kind);
		Map<Long, Integer> answers = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.matches("q\\d{1,12}") && value.matches("\\d{1,2}")) {
				answers.put(Long.valueOf(name.substring(1)), Integer.valueOf(value));
			}
		});
		try {
			assessment.submitTest(token, testKind, answers);
			redirect.addFlashAttribute("flashSuccess", "training.test.submitted");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("trainingError", problems.text(e));
		}
		return "redirect:/t/" + token + "/test/" + testKind.name().toLowerCase(java.util.Locale.ROOT);
	}

	@GetMapping("/t/{token}/survey/{sessionId}")
	String survey(@PathVariable String token, @PathVariable long sessionId, Model model) {
		Trainee trainee = trainee(token);
		TrainingSession session = assessment.surveysDue(trainee.id()).stream().filter(s -> s.id() == sessionId)
			.findFirst().orElse(null);
		model.addAttribute("trainee", trainee);
		model.addAttribute("token", token);
		model.addAttribute("trainingSession", session);
		return "training/survey";
	}

	@PostMapping("/t/{token}/survey/{sessionId}")
	String submitSurvey(@PathVariable String token, @PathVariable long sessionId, @RequestParam(required = false) String overall,
			@RequestParam(required = false) String usefulness, @RequestParam(required = false) String trainer,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		trainee(token);
		try {
			assessment.submitSurvey(token, sessionId, new SurveyAnswers(overall, usefulness, trainer, comment));
			redirect.addFlashAttribute("flashSuccess", "training.survey.thanks");
			return "redirect:/t/" + token;
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("trainingError", problems.text(e));
			return "redirect:/t/" + token + "/survey/" + sessionId;
		}
	}

	@GetMapping("/t/{token}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String token,
			@RequestParam(defaultValue = "false") boolean thaiNumerals, RedirectAttributes redirect) {
		trainee(token);
		try {
			return ReportController.file(documents.certificatePdf(token, thaiNumerals), MediaType.APPLICATION_PDF);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("trainingError", problems.text(e));
		}
		catch (PdfNotAvailableException e) {
			redirect.addFlashAttribute("trainingError", problems.text(new InvalidInputException("training.certificate.pdfUnavailable")));
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/t/" + token).build();
	}

	@GetMapping("/t/{token}/my-data.json")
	ResponseEntity<Map<String, Object>> myData(@PathVariable String token) {
		trainee(token);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-training-data.json\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(registrations.personalData(token));
	}

	@PostMapping("/t/{token}/erase")
	String erase(@PathVariable String token, @RequestParam(required = false) String confirm,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		trainee(token);
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("trainingError", problems.text(new InvalidInputException("training.erase.confirm")));
			return "redirect:/t/" + token + "#erase";
		}
		registrations.eraseAtRequest(token);
		TraineeCookie.forget(request, response);
		redirect.addFlashAttribute("flashSuccess", "training.erase.done");
		return "redirect:/verify";
	}

	private Trainee trainee(String token) {
		return registrations.traineeByToken(token).orElseThrow(() -> new UnknownPersonalLink(token));
	}

	/**
	 * A personal link that no longer opens anything: re-issued (a new link ends the old one), erased, or mistyped.
	 * A bare 404 sent the trainee to the sign-in page they have no account for. When this device remembers the
	 * trainee's current link, the same page opens under it (their own result, their own page); otherwise the page
	 * says what happened and whom to ask.
	 */
	@ExceptionHandler(UnknownPersonalLink.class)
	String unknownLink(UnknownPersonalLink unknown, HttpServletRequest request, HttpServletResponse response) {
		String remembered = TraineeCookie.read(request);
		String prefix = request.getContextPath() + "/t/" + unknown.token;
		if ("GET".equals(request.getMethod()) && registrations.traineeByToken(remembered).isPresent()
				&& request.getRequestURI().startsWith(prefix)) {
			return "redirect:/t/" + remembered + request.getRequestURI().substring(prefix.length());
		}
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "training/link-unknown";
	}

	/** Thrown for a personal link that opens no trainee. */
	static final class UnknownPersonalLink extends RuntimeException {

		private final String token;

		UnknownPersonalLink(String token) {
			super(null, null, false, false);
			this.token = token;
		}
	}

	private static TestKind kind(String kind) {
		return switch (kind) {
			case "pre" -> TestKind.PRE;
			case "post" -> TestKind.POST;
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	static Map<Long, Attendance> bySession(List<Attendance> attendance) {
		return attendance.stream().collect(Collectors.toMap(Attendance::sessionId, a -> a));
	}
}
