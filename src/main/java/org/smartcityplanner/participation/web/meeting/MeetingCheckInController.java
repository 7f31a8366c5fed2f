package org.smartcityplanner.participation.web.meeting;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.CheckIn;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.MeetingInputException;
import org.smartcityplanner.participation.PublicMeeting;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.WalkIn;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.publicaccess.Secrets;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a meeting's QR code leads, without an account. Opening the link (a GET, which phones and link previewers
 * fetch on their own) only shows the meeting and the forms; checking in is a POST: the code from the invitation,
 * or, at a public hearing, registering at the door. Plain HTML forms: it works without JavaScript on any phone.
 */
@Controller
class MeetingCheckInController {

	/** The guard's name of the walk-in form (its attempts are counted apart from other forms'). */
	static final String WALK_IN_FORM = "meeting-walk-in";

	private final MeetingAttendanceApi attendance;
	private final MeetingMessages messages;
	private final PublicFormGuard guard;
	private final Clock clock;

	MeetingCheckInController(MeetingAttendanceApi attendance, MeetingMessages messages, PublicFormGuard guard,
			Clock clock) {
		this.attendance = attendance;
		this.messages = messages;
		this.guard = guard;
		this.clock = clock;
	}

	@GetMapping("/participation/check-in/{meetingId}")
	String open(@PathVariable long meetingId, @RequestParam(required = false) Long until,
			@RequestParam(required = false) String sig, Model model, HttpServletResponse response) {
		try {
			return page(attendance.openCheckIn(meetingId, until == null ? -1 : until, sig), until, sig,
					new AttendeeForm(), model);
		}
		catch (InvalidInputException e) {
			return refused(e, model, response);
		}
	}

	@PostMapping("/participation/check-in/{meetingId}")
	String checkIn(@PathVariable long meetingId, @RequestParam(required = false) Long until,
			@RequestParam(required = false) String sig, @RequestParam(required = false) String code, Model model,
			HttpServletResponse response) {
		long linkUntil = until == null ? -1 : until;
		PublicMeeting meeting;
		try {
			meeting = attendance.openCheckIn(meetingId, linkUntil, sig);
		}
		catch (InvalidInputException e) {
			return refused(e, model, response);
		}
		try {
			return done(attendance.checkIn(meetingId, linkUntil, sig, code), model);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("codeError", messages.text(e));
			model.addAttribute("code", code == null || code.length() > 20 ? "" : code);
			return page(meeting, until, sig, new AttendeeForm(), model);
		}
	}

	@PostMapping("/participation/check-in/{meetingId}/walk-in")
	String walkIn(@PathVariable long meetingId, @RequestParam(required = false) Long until,
			@RequestParam(required = false) String sig, @ModelAttribute("walkIn") AttendeeForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		long linkUntil = until == null ? -1 : until;
		PublicMeeting meeting;
		try {
			meeting = attendance.openCheckIn(meetingId, linkUntil, sig);
		}
		catch (InvalidInputException e) {
			return refused(e, model, response);
		}
		// the shared public-form guard: honeypot, signed "form shown at" stamp, attempts per address in the database
		switch (guard.judge(WALK_IN_FORM, request.getRemoteAddr(), form.getWebsite(), form.getStamp())) {
			case BOT -> {
				return refused(new InvalidInputException("participation.checkin.robot"), model, response);
			}
			case RATE_LIMITED -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				return formAgain(meeting, until, sig, form, model, "participation.walkIn.rateLimited",
						PublicFormGuard.WINDOW_MINUTES);
			}
			case TOO_FAST_OR_STALE -> {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return formAgain(meeting, until, sig, form, model, "participation.walkIn.tooFast");
			}
			case PASS -> {
				// a person: go on
			}
		}
		try {
			return done(attendance.walkIn(meetingId, linkUntil, sig,
					new WalkIn(form.person(), form.isConsent(), form.getSubmissionKey())), model);
		}
		catch (MeetingInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", messages.byField(e));
			return page(meeting, until, sig, form, model);
		}
		catch (InvalidInputException e) {
			return refused(e, model, response);
		}
	}

	/** The walk-in form again with what was typed and why it was not taken (a fresh stamp comes with it). */
	private String formAgain(PublicMeeting meeting, Long until, String sig, AttendeeForm form, Model model,
			String messageKey, Object... arguments) {
		model.addAttribute("errors", java.util.Map.of(MeetingMessages.FORM,
				java.util.List.of(messages.text(new InvalidInputException(messageKey, arguments)))));
		return page(meeting, until, sig, form, model);
	}

	private String page(PublicMeeting meeting, Long until, String sig, AttendeeForm walkIn, Model model) {
		if (walkIn.getSubmissionKey().isEmpty()) {
			// one key per form shown: the same form sent twice registers one person
			walkIn.setSubmissionKey(Secrets.secret());
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("until", until);
		model.addAttribute("sig", sig);
		model.addAttribute("walkIn", walkIn);
		model.addAttribute("stamp", guard.formStamp(WALK_IN_FORM, clock.instant()));
		model.addAttribute("sectors", Sector.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", java.util.Map.of());
		}
		return "participation/meeting/check-in";
	}

	private String done(CheckIn result, Model model) {
		model.addAttribute("result", result);
		return "participation/meeting/check-in";
	}

	private String refused(InvalidInputException e, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("refusal", messages.text(e));
		return "participation/meeting/check-in";
	}
}
