package org.smartcityplanner.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.training.CheckInResult;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.TrainingSession;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a session's QR code leads. Opening the link (a GET, which phones and link previewers may fetch on their
 * own) only shows who is about to check in; the check-in itself is the button's POST. Without the trainee's
 * personal link remembered on the phone, the page says how to get it.
 */
@Controller
class CheckInController {

	private final AttendanceUseCases attendance;
	private final RegistrationUseCases registrations;
	private final Problems problems;

	CheckInController(AttendanceUseCases attendance, RegistrationUseCases registrations, Problems problems) {
		this.attendance = attendance;
		this.registrations = registrations;
		this.problems = problems;
	}

	@GetMapping("/training/check-in/{sessionId}")
	String open(@PathVariable long sessionId, @RequestParam(required = false) Long until,
			@RequestParam(required = false) String sig, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		TrainingSession session;
		try {
			session = attendance.openCheckIn(sessionId, until == null ? -1 : until, sig);
		}
		catch (InvalidInputException e) {
			return refused(e, model, response);
		}
		Trainee trainee = registrations.traineeByToken(TraineeCookie.read(request)).orElse(null);
		model.addAttribute("trainingSession", session);
		model.addAttribute("trainee", trainee);
		model.addAttribute("until", until);
		model.addAttribute("sig", sig);
		model.addAttribute("otherCohort", trainee != null && trainee.cohortId() != session.cohortId());
		// a second scan says when the first one counted instead of offering the button again
		if (trainee != null) {
			TrainingSession opened = session;
			attendance.attendanceOfTrainee(trainee.id()).stream().filter(a -> a.sessionId() == opened.id())
				.findFirst()
				.ifPresent(a -> model.addAttribute("result", new CheckInResult(opened, trainee, a.checkedInAt(), true)));
		}
		return "training/check-in";
	}

	@PostMapping("/training/check-in/{sessionId}")
	String checkIn(@PathVariable long sessionId, @RequestParam(required = false) Long until,
			@RequestParam(required = false) String sig, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			CheckInResult result = attendance.checkIn(sessionId, until == null ? -1 : until, sig,
					TraineeCookie.read(request));
			model.addAttribute("result", result);
			model.addAttribute("trainingSession", result.session());
			model.addAttribute("trainee", result.trainee());
			return "training/check-in";
		}
		catch (InvalidInputException e) {
			return refused(e, model, response);
		}
	}

	private String refused(InvalidInputException e, Model model, HttpServletResponse response) {
		response.setStatus(e.messageKey().equals("training.link.unknown") ? HttpStatus.FORBIDDEN.value()
				: HttpStatus.BAD_REQUEST.value());
		model.addAttribute("refusal", problems.text(e));
		return "training/check-in";
	}
}
