package org.smartcityplanner.participation.web.meeting;

import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.MeetingInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff registering people ahead of a meeting and ticking them present or absent by hand. */
@Controller
@PreAuthorize(MeetingRoles.MANAGERS)
class AttendeesController {

	private final MeetingAttendanceApi attendance;
	private final MeetingMessages messages;

	AttendeesController(MeetingAttendanceApi attendance, MeetingMessages messages) {
		this.attendance = attendance;
		this.messages = messages;
	}

	@PostMapping("/p/{provinceCode}/participation/meetings/{meetingId}/attendees")
	String register(@PathVariable String provinceCode, @PathVariable long meetingId,
			@ModelAttribute AttendeeForm form, RedirectAttributes redirect) {
		try {
			attendance.register(ProvinceCode.of(provinceCode), meetingId, form.person(), form.isInvited());
			redirect.addFlashAttribute("flashSuccess", "participation.attendee.registered");
		}
		catch (MeetingInputException e) {
			// the meeting page shows the form again with what was typed and why it was refused
			redirect.addFlashAttribute("attendeeForm", form);
			redirect.addFlashAttribute("errors", messages.byField(e));
		}
		return "redirect:" + MeetingRoles.base(provinceCode) + "/" + meetingId + "#attendees";
	}

	@PostMapping("/p/{provinceCode}/participation/meetings/{meetingId}/attendees/{attendeeId}/attendance")
	String tick(@PathVariable String provinceCode, @PathVariable long meetingId, @PathVariable long attendeeId,
			@RequestParam(defaultValue = "false") boolean present,
			@RequestParam(required = false) String absenceNote, RedirectAttributes redirect) {
		try {
			attendance.setPresent(ProvinceCode.of(provinceCode), meetingId, attendeeId, present, absenceNote);
			redirect.addFlashAttribute("flashSuccess",
					present ? "participation.attendance.ticked" : "participation.attendance.unticked");
		}
		catch (MeetingInputException e) {
			redirect.addFlashAttribute("errors", messages.byField(e));
		}
		return "redirect:" + MeetingRoles.base(provinceCode) + "/" + meetingId + "#a" + attendeeId;
	}
}
