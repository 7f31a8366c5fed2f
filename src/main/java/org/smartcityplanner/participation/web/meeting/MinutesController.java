package org.smartcityplanner.participation.web.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.ActionDraft;
import org.smartcityplanner.participation.ActionStatus;
import org.smartcityplanner.participation.InvitationLetter;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingInputException;
import org.smartcityplanner.participation.domain.meeting.FieldIssue;
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

/** Staff writing a meeting's invitation letter and minutes, its resolutions, and moving follow-up actions on. */
@Controller
@PreAuthorize(MeetingRoles.MANAGERS)
class MinutesController {

	private final MeetingApi meetings;
	private final MeetingMessages messages;

	MinutesController(MeetingApi meetings, MeetingMessages messages) {
		this.meetings = meetings;
		this.messages = messages;
	}

	@GetMapping("/p/{provinceCode}/participation/meetings/{meetingId}/letter")
	String letter(@PathVariable String provinceCode, @PathVariable long meetingId, Model model) {
		Meeting meeting = meetings.meeting(ProvinceCode.of(provinceCode), meetingId);
		return page("letter-form", meeting, LetterForm.of(meeting), Map.of(), model);
	}

	@PostMapping("/p/{provinceCode}/participation/meetings/{meetingId}/letter")
	String saveLetter(@PathVariable String provinceCode, @PathVariable long meetingId,
			@ModelAttribute("form") LetterForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Meeting meeting = meetings.meeting(province, meetingId);
		List<FieldIssue> issues = new ArrayList<>(BindingIssues.of(binding));
		InvitationLetter letter = form.letter(issues);
		try {
			if (!issues.isEmpty()) {
				throw new MeetingInputException(issues);
			}
			meetings.changeLetter(province, meetingId, letter, form.getVersion());
		}
		catch (MeetingInputException e) {
			return page("letter-form", meeting, form, messages.byField(e), model);
		}
		redirect.addFlashAttribute("flashSuccess", "participation.letter.saved");
		return "redirect:" + MeetingRoles.base(provinceCode) + "/" + meetingId + "#documents";
	}

	@GetMapping("/p/{provinceCode}/participation/meetings/{meetingId}/minutes")
	String minutes(@PathVariable String provinceCode, @PathVariable long meetingId, Model model) {
		Meeting meeting = meetings.meeting(ProvinceCode.of(provinceCode), meetingId);
		return minutesPage(meeting, MinutesForm.of(meeting), new ResolutionForm(), Map.of(), model);
	}

	@PostMapping("/p/{provinceCode}/participation/meetings/{meetingId}/minutes")
	String saveMinutes(@PathVariable String provinceCode, @PathVariable long meetingId,
			@ModelAttribute("form") MinutesForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Meeting meeting = meetings.meeting(province, meetingId);
		try {
			if (binding.hasErrors()) {
				throw new MeetingInputException(BindingIssues.of(binding));
			}
			meetings.recordMinutes(province, meetingId, form.draft());
		}
		catch (MeetingInputException e) {
			return minutesPage(meeting, form, new ResolutionForm(), messages.byField(e), model);
		}
		redirect.addFlashAttribute("flashSuccess", "participation.minutes.saved");
		return "redirect:" + MeetingRoles.base(provinceCode) + "/" + meetingId + "/minutes";
	}

	@PostMapping("/p/{provinceCode}/participation/meetings/{meetingId}/resolutions")
	String resolve(@PathVariable String provinceCode, @PathVariable long meetingId,
			@ModelAttribute("resolution") ResolutionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Meeting meeting = meetings.meeting(province, meetingId);
		List<FieldIssue> issues = new ArrayList<>(BindingIssues.of(binding));
		List<ActionDraft> actions = form.actions(issues);
		try {
			if (!issues.isEmpty()) {
				throw new MeetingInputException(issues);
			}
			meetings.resolve(province, meetingId, form.getAgendaPosition(), form.getText(), actions);
		}
		catch (MeetingInputException e) {
			return minutesPage(meeting, MinutesForm.of(meeting), form, messages.byField(e), model);
		}
		redirect.addFlashAttribute("flashSuccess", "participation.resolution.added");
		return "redirect:" + MeetingRoles.base(provinceCode) + "/" + meetingId + "/minutes#resolutions";
	}

	@PostMapping("/p/{provinceCode}/participation/actions/{actionId}")
	String changeAction(@PathVariable String provinceCode, @PathVariable long actionId,
			@RequestParam long meetingId, @RequestParam String description, @RequestParam String ownerName,
			@RequestParam(required = false) String dueDate, @RequestParam ActionStatus status,
			@RequestParam int version, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		List<FieldIssue> issues = new ArrayList<>();
		var due = FormTimes.date("dueDate", dueDate, false, issues);
		try {
			if (!issues.isEmpty()) {
				throw new MeetingInputException(issues);
			}
			meetings.changeAction(province, actionId, new ActionDraft(description, ownerName, due, status), version);
			redirect.addFlashAttribute("flashSuccess", "participation.action.changed");
		}
		catch (MeetingInputException e) {
			redirect.addFlashAttribute("errors", messages.byField(e));
		}
		meetings.meeting(province, meetingId);
		return "redirect:" + MeetingRoles.base(provinceCode) + "/" + meetingId + "#action-" + actionId;
	}

	private String minutesPage(Meeting meeting, MinutesForm form, ResolutionForm resolution,
			Map<String, List<String>> errors, Model model) {
		model.addAttribute("resolution", resolution);
		model.addAttribute("resolutions", meetings.resolutions(meeting.province(), meeting.id()));
		model.addAttribute("counts", meetings.counts(meeting.province(), meeting.id()));
		return page("minutes-form", meeting, form, errors, model);
	}

	private String page(String view, Meeting meeting, Object form, Map<String, List<String>> errors, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "participation/meeting/" + view;
	}
}
