package org.smartcityplanner.participation.web.meeting;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.MeetingInputException;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.domain.meeting.FieldIssue;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.publicaccess.QrCodes;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The province's meetings: the list with each meeting's figures, planning and changing a meeting, and the
 * meeting page staff project in the room (QR code, attendees, minutes, resolutions, documents).
 */
@Controller
@PreAuthorize(MeetingRoles.READERS)
class MeetingPagesController {

	private final MeetingApi meetings;
	private final MeetingAttendanceApi attendance;
	private final ProfileApi profile;
	private final MeetingMessages messages;

	MeetingPagesController(MeetingApi meetings, MeetingAttendanceApi attendance, ProfileApi profile,
			MeetingMessages messages) {
		this.meetings = meetings;
		this.attendance = attendance;
		this.profile = profile;
		this.messages = messages;
	}

	@GetMapping("/p/{provinceCode}/participation/meetings")
	String list(@PathVariable String provinceCode, @RequestParam(required = false) String page, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Paging paging = Paging.lenient(page);
		PageOf<Meeting> shown = meetings.meetings(province, paging);
		if (shown.items().isEmpty() && paging.page() > shown.totalPages()) {
			// a link to a page that no longer exists (meetings were removed): the last one there is
			shown = meetings.meetings(province, new Paging(shown.totalPages(), paging.size()));
		}
		model.addAttribute("meetings", shown.items());
		model.addAttribute("meetingsPage", shown);
		model.addAttribute("counts", meetings.counts(province));
		model.addAttribute("actionCounts", meetings.actionCounts(province));
		return "participation/meeting/meetings";
	}

	@GetMapping("/p/{provinceCode}/participation/meetings/new")
	@PreAuthorize(MeetingRoles.MANAGERS)
	String newMeeting(@PathVariable String provinceCode, Model model) {
		return form(ProvinceCode.of(provinceCode), null, new MeetingForm(), Map.of(), model);
	}

	@PostMapping("/p/{provinceCode}/participation/meetings")
	@PreAuthorize(MeetingRoles.MANAGERS)
	String plan(@PathVariable String provinceCode, @ModelAttribute("form") MeetingForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		List<FieldIssue> issues = new java.util.ArrayList<>(BindingIssues.of(binding));
		MeetingDraft draft = form.draft(issues);
		if (!issues.isEmpty()) {
			return form(province, null, form, messages.byField(issues), model);
		}
		try {
			Meeting meeting = meetings.plan(province, draft);
			redirect.addFlashAttribute("flashSuccess", "participation.meeting.planned");
			return "redirect:" + MeetingRoles.base(provinceCode) + "/" + meeting.id();
		}
		catch (MeetingInputException e) {
			return form(province, null, form, messages.byField(e), model);
		}
	}

	@GetMapping("/p/{provinceCode}/participation/meetings/{meetingId}/edit")
	@PreAuthorize(MeetingRoles.MANAGERS)
	String edit(@PathVariable String provinceCode, @PathVariable long meetingId, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Meeting meeting = meetings.meeting(province, meetingId);
		return form(province, meeting, MeetingForm.of(meeting), Map.of(), model);
	}

	@PostMapping("/p/{provinceCode}/participation/meetings/{meetingId}")
	@PreAuthorize(MeetingRoles.MANAGERS)
	String change(@PathVariable String provinceCode, @PathVariable long meetingId,
			@ModelAttribute("form") MeetingForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Meeting meeting = meetings.meeting(province, meetingId);
		List<FieldIssue> issues = new java.util.ArrayList<>(BindingIssues.of(binding));
		MeetingDraft draft = form.draft(issues);
		if (!issues.isEmpty()) {
			return form(province, meeting, form, messages.byField(issues), model);
		}
		try {
			meetings.change(province, meetingId, draft, form.getVersion());
			redirect.addFlashAttribute("flashSuccess", "participation.meeting.changed");
			return "redirect:" + MeetingRoles.base(provinceCode) + "/" + meetingId;
		}
		catch (MeetingInputException e) {
			return form(province, meeting, form, messages.byField(e), model);
		}
	}

	@GetMapping("/p/{provinceCode}/participation/meetings/{meetingId}")
	String show(@PathVariable String provinceCode, @PathVariable long meetingId, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Meeting meeting = meetings.meeting(province, meetingId);
		String link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUriString()
			.replaceAll("/$", "") + attendance.checkInPath(province, meetingId);
		model.addAttribute("meeting", meeting);
		model.addAttribute("counts", meetings.counts(province, meetingId));
		model.addAttribute("attendees", attendance.attendees(province, meetingId));
		model.addAttribute("resolutions", meetings.resolutions(province, meetingId));
		model.addAttribute("checkInUrl", link);
		model.addAttribute("qr", QrCodes.dataUri(link, 360));
		model.addAttribute("area", meeting.details().targetAreaId() == null ? null
				: profile.area(province, meeting.details().targetAreaId()).orElse(null));
		if (!model.containsAttribute("attendeeForm")) {
			model.addAttribute("attendeeForm", new AttendeeForm());
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "participation/meeting/meeting";
	}

	private String form(ProvinceCode province, Meeting meeting, MeetingForm form, Map<String, List<String>> errors,
			Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("areas", profile.areasOf(province));
		return "participation/meeting/meeting-form";
	}
}
