package org.smartcityplanner.participation.internal.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.ActionCounts;
import org.smartcityplanner.participation.ActionDraft;
import org.smartcityplanner.participation.FollowUpAction;
import org.smartcityplanner.participation.InvitationLetter;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingCounts;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.MeetingInputException;
import org.smartcityplanner.participation.MinutesDraft;
import org.smartcityplanner.participation.Resolution;
import org.smartcityplanner.participation.domain.meeting.FieldIssue;
import org.smartcityplanner.participation.domain.meeting.MeetingRules;
import org.smartcityplanner.participation.domain.meeting.StandardAgenda;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings, their letter and minutes, resolutions and actions: checked, stored, audited. */
@Service
class MeetingService implements MeetingApi {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final MeetingStore meetings;
	private final ResolutionStore resolutions;
	private final MeetingFigures figures;
	private final MeetingOwnership owned;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final Clock clock;

	MeetingService(MeetingStore meetings, ResolutionStore resolutions, MeetingFigures figures, MeetingOwnership owned,
			AuditLog audit, IdentityApi identity, Clock clock) {
		this.meetings = meetings;
		this.resolutions = resolutions;
		this.figures = figures;
		this.owned = owned;
		this.audit = audit;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	public List<Meeting> meetings(ProvinceCode province) {
		return meetings.ofProvince(province);
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<Meeting> meetings(ProvinceCode province, Paging paging) {
		return PageOf.of(meetings.ofProvince(province, paging), paging, meetings.countOf(province));
	}

	@Override
	public Meeting meeting(ProvinceCode province, long meetingId) {
		return InProvince.require(meetings.find(province, meetingId), "meetingId", meetingId);
	}

	@Override
	@Transactional
	public Meeting plan(ProvinceCode province, MeetingDraft draft) {
		require(MeetingRules.check(draft));
		owned.targetArea(province, draft.targetAreaId());
		long id = meetings.insert(province, draft, StandardAgenda.complete(draft.agenda()), identity.actorName(),
				clock.instant());
		Meeting planned = meeting(province, id);
		record(province, "participation-meeting", id, "created", null, planned.details());
		return planned;
	}

	@Override
	@Transactional
	public Meeting change(ProvinceCode province, long meetingId, MeetingDraft draft, int version) {
		Meeting before = meeting(province, meetingId);
		require(MeetingRules.check(draft));
		owned.targetArea(province, draft.targetAreaId());
		meetings.update(meetingId, draft, StandardAgenda.complete(draft.agenda()), version);
		Meeting after = meeting(province, meetingId);
		record(province, "participation-meeting", meetingId, "updated", before.details(), after.details());
		return after;
	}

	@Override
	@Transactional
	public Meeting changeLetter(ProvinceCode province, long meetingId, InvitationLetter letter, int version) {
		Meeting before = meeting(province, meetingId);
		require(MeetingRules.check(letter));
		meetings.updateLetter(meetingId, letter, version);
		record(province, "participation-meeting", meetingId, "letter-updated", before.letter(), letter);
		return meeting(province, meetingId);
	}

	@Override
	@Transactional
	public Meeting recordMinutes(ProvinceCode province, long meetingId, MinutesDraft minutes) {
		Meeting before = meeting(province, meetingId);
		require(MeetingRules.check(minutes));
		meetings.updateMinutes(meetingId, minutes);
		Meeting after = meeting(province, meetingId);
		record(province, "participation-minutes", meetingId, "recorded", before.minutes(),
				Map.of("header", after.minutes(), "discussions", minutes.discussions()));
		return after;
	}

	@Override
	public List<Resolution> resolutions(ProvinceCode province, long meetingId) {
		owned.meeting(province, meetingId);
		return resolutions.ofMeeting(meetingId);
	}

	@Override
	public Map<Long, List<Resolution>> resolutionsOf(ProvinceCode province) {
		return resolutions.ofProvince(province.value());
	}

	@Override
	@Transactional
	public Resolution resolve(ProvinceCode province, long meetingId, int agendaPosition, String text,
			List<ActionDraft> actions) {
		owned.meeting(province, meetingId);
		String cleaned = text == null ? "" : text.strip();
		List<ActionDraft> given = actions == null ? List.of() : actions;
		require(MeetingRules.checkResolution(agendaPosition, cleaned, given));
		long id = resolutions.insert(meetingId, agendaPosition, cleaned, given, identity.actorName(), clock.instant());
		Resolution added = resolutions.ofMeeting(meetingId).stream().filter(r -> r.id() == id).findFirst()
			.orElseThrow();
		record(province, "participation-resolution", id, "created", null, added);
		return added;
	}

	@Override
	@Transactional
	public FollowUpAction changeAction(ProvinceCode province, long actionId, ActionDraft draft, int version) {
		owned.action(province, actionId);
		require(MeetingRules.check(draft));
		FollowUpAction before = resolutions.action(actionId);
		resolutions.updateAction(actionId, draft, version, identity.actorName(), clock.instant());
		FollowUpAction after = resolutions.action(actionId);
		record(province, "participation-action", actionId, "updated", before.draft(), after.draft());
		return after;
	}

	@Override
	public MeetingCounts counts(ProvinceCode province, long meetingId) {
		owned.meeting(province, meetingId);
		return figures.countsOf(province, meetingId);
	}

	@Override
	public Map<Long, MeetingCounts> counts(ProvinceCode province) {
		return figures.countsOf(province);
	}

	@Override
	public ActionCounts actionCounts(ProvinceCode province) {
		return figures.actionsOf(province, LocalDate.now(clock.withZone(BANGKOK)));
	}

	private static void require(List<FieldIssue> issues) {
		if (!issues.isEmpty()) {
			throw new MeetingInputException(issues);
		}
	}

	private void record(ProvinceCode province, String type, long id, String action, Object before, Object after) {
		audit.record(new AuditChange(type, String.valueOf(id), action, province, before, after));
	}
}
