package org.smartcityplanner.participation.web.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.ActionCounts;
import org.smartcityplanner.participation.Attendee;
import org.smartcityplanner.participation.FollowUpAction;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.MeetingCounts;
import org.smartcityplanner.participation.MeetingInputException;
import org.smartcityplanner.participation.Resolution;
import org.smartcityplanner.participation.domain.meeting.FieldIssue;
import org.smartcityplanner.participation.web.meeting.MeetingRequests.ActionRequest;
import org.smartcityplanner.participation.web.meeting.MeetingRequests.AttendanceRequest;
import org.smartcityplanner.participation.web.meeting.MeetingRequests.AttendeeRequest;
import org.smartcityplanner.participation.web.meeting.MeetingRequests.LetterRequest;
import org.smartcityplanner.participation.web.meeting.MeetingRequests.MeetingRequest;
import org.smartcityplanner.participation.web.meeting.MeetingRequests.MinutesRequest;
import org.smartcityplanner.participation.web.meeting.MeetingRequests.ResolutionRequest;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings over the API: the same rules, figures and audit as the pages. Managers (admins, the province's
 * consultants and coordinators) write; working-group members read, without the attendees' check-in codes.
 * Refused input answers 400 problem+json naming every field ({@code errors}); a stale version 409.
 */
@RestController
@PreAuthorize(MeetingRoles.READERS)
@Tag(name = "Participation: meetings", description = "Meetings and workshops, attendance, minutes, resolutions")
class MeetingsApiController {

	private static final String BASE = "/api/v1/provinces/{provinceCode}/participation";

	private final MeetingApi meetings;
	private final MeetingAttendanceApi attendance;
	private final IdentityApi identity;
	private final MeetingMessages messages;
	private final MessageSource source;

	MeetingsApiController(MeetingApi meetings, MeetingAttendanceApi attendance, IdentityApi identity,
			MeetingMessages messages, MessageSource source) {
		this.meetings = meetings;
		this.attendance = attendance;
		this.identity = identity;
		this.messages = messages;
		this.source = source;
	}

	/** A meeting with its figures. */
	record MeetingSummary(Meeting meeting, MeetingCounts counts) {
	}

	/** A meeting with its figures and resolutions. */
	record MeetingDetail(Meeting meeting, MeetingCounts counts, List<Resolution> resolutions) {
	}

	/** The figures of every meeting and of the follow-up actions, from the same queries as the pages. */
	record Figures(Map<Long, MeetingCounts> meetings, ActionCounts actions) {
	}

	@GetMapping(BASE + "/meetings")
	@Operation(summary = "One page of the province's meetings, latest first, each with its attendance figures, and "
			+ "the totals (totalItems, totalPages); 400 naming page or size when out of range")
	PageOf<MeetingSummary> list(@Parameter(example = "TH-65") @PathVariable String provinceCode,
			@Parameter(description = "page, from 1 (default 1)") @RequestParam(required = false) Integer page,
			@Parameter(description = "rows per page, 1 to 500 (default 50)") @RequestParam(required = false) Integer size) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Paging paging = Paging.of(page, size);
		Map<Long, MeetingCounts> counts = meetings.counts(province);
		return meetings.meetings(province, paging)
			.map(m -> new MeetingSummary(m, counts.getOrDefault(m.id(), MeetingCounts.none())));
	}

	@GetMapping(BASE + "/meetings/figures")
	@Operation(summary = "Attendance figures of every meeting (by meeting id) and follow-up actions by status")
	Figures figures(@PathVariable String provinceCode) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return new Figures(meetings.counts(province), meetings.actionCounts(province));
	}

	@PostMapping(BASE + "/meetings")
	@PreAuthorize(MeetingRoles.MANAGERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plans a meeting; an empty agenda gets the standard five items")
	Meeting plan(@PathVariable String provinceCode, @RequestBody MeetingRequest request) {
		return meetings.plan(ProvinceCode.of(provinceCode), request.draft());
	}

	@GetMapping(BASE + "/meetings/{meetingId}")
	@Operation(summary = "One meeting with its figures and resolutions; 404 for another province's meeting")
	MeetingDetail meeting(@PathVariable String provinceCode, @PathVariable long meetingId) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return new MeetingDetail(meetings.meeting(province, meetingId), meetings.counts(province, meetingId),
				meetings.resolutions(province, meetingId));
	}

	@PutMapping(BASE + "/meetings/{meetingId}")
	@PreAuthorize(MeetingRoles.MANAGERS)
	@Operation(summary = "Changes when, where, what and the agenda (send the version read)")
	Meeting change(@PathVariable String provinceCode, @PathVariable long meetingId,
			@RequestBody MeetingRequest request) {
		return meetings.change(ProvinceCode.of(provinceCode), meetingId, request.draft(),
				MeetingRequests.required(request.version()));
	}

	@PutMapping(BASE + "/meetings/{meetingId}/letter")
	@PreAuthorize(MeetingRoles.MANAGERS)
	@Operation(summary = "Changes the invitation letter's fields (send the meeting version read)")
	Meeting letter(@PathVariable String provinceCode, @PathVariable long meetingId, @RequestBody LetterRequest request) {
		return meetings.changeLetter(ProvinceCode.of(provinceCode), meetingId, request.letter(),
				MeetingRequests.required(request.version()));
	}

	@PutMapping(BASE + "/meetings/{meetingId}/minutes")
	@PreAuthorize(MeetingRoles.MANAGERS)
	@Operation(summary = "Records the minutes: chair, times, recorder, reviewer, discussion per agenda item")
	Meeting minutes(@PathVariable String provinceCode, @PathVariable long meetingId,
			@RequestBody MinutesRequest request) {
		return meetings.recordMinutes(ProvinceCode.of(provinceCode), meetingId, request.draft());
	}

	@GetMapping(BASE + "/meetings/{meetingId}/attendees")
	@Operation(summary = "The attendees; check-in codes only for managers")
	List<Attendee> attendees(@PathVariable String provinceCode, @PathVariable long meetingId) {
		boolean manager = identity.currentUser().map(CurrentUser::canEditProvinceData).orElse(false);
		return attendance.attendees(ProvinceCode.of(provinceCode), meetingId).stream()
			.map(a -> manager ? a : new Attendee(a.id(), a.meetingId(), a.person(), a.invited(), "", a.absenceNote(),
					a.checkedInAt(), a.checkInMethod()))
			.toList();
	}

	@PostMapping(BASE + "/meetings/{meetingId}/attendees")
	@PreAuthorize(MeetingRoles.MANAGERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Registers a person (invited ahead, or an observer) with a fresh check-in code")
	Attendee register(@PathVariable String provinceCode, @PathVariable long meetingId,
			@RequestBody AttendeeRequest request) {
		return attendance.register(ProvinceCode.of(provinceCode), meetingId, request.person(),
				!Boolean.FALSE.equals(request.invited()));
	}

	@PutMapping(BASE + "/meetings/{meetingId}/attendees/{attendeeId}/attendance")
	@PreAuthorize(MeetingRoles.MANAGERS)
	@Operation(summary = "Marks an attendee present or absent (with the reason) by hand")
	Attendee attendance(@PathVariable String provinceCode, @PathVariable long meetingId,
			@PathVariable long attendeeId, @RequestBody AttendanceRequest request) {
		if (request.present() == null) {
			throw new MeetingInputException(List.of(FieldIssue.required("present")));
		}
		return attendance.setPresent(ProvinceCode.of(provinceCode), meetingId, attendeeId, request.present(),
				request.absenceNote());
	}

	@PostMapping(BASE + "/meetings/{meetingId}/resolutions")
	@PreAuthorize(MeetingRoles.MANAGERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds a resolution under an agenda item (1-5) with its follow-up actions")
	Resolution resolve(@PathVariable String provinceCode, @PathVariable long meetingId,
			@RequestBody ResolutionRequest request) {
		return meetings.resolve(ProvinceCode.of(provinceCode), meetingId,
				MeetingRequests.required(request.agendaPosition(), "agendaPosition"), request.text(), request.drafts());
	}

	@PutMapping(BASE + "/actions/{actionId}")
	@PreAuthorize(MeetingRoles.MANAGERS)
	@Operation(summary = "Changes a follow-up action, usually its status (send the version read)")
	FollowUpAction action(@PathVariable String provinceCode, @PathVariable long actionId,
			@RequestBody ActionRequest request) {
		return meetings.changeAction(ProvinceCode.of(provinceCode), actionId, request.draft(),
				MeetingRequests.required(request.version()));
	}

	@ExceptionHandler(MeetingInputException.class)
	ResponseEntity<ProblemDetail> refused(MeetingInputException e) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.text(e));
		problem.setTitle(source.getMessage("error.400.title", null, locale));
		problem.setProperty("code", e.messageKey());
		problem.setProperty("field", e.issues().get(0).field());
		problem.setProperty("errors", e.issues().stream()
			.map(issue -> Map.of("field", issue.field(), "message", messages.text(issue))).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
