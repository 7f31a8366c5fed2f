package org.smartcityplanner.participation;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * Meetings and workshops of a province: planning them with their agenda and invitation letter, the minutes with
 * resolutions and follow-up actions, and their figures. Every id is looked up within the province given; an id of
 * another province fails with {@link org.smartcityplanner.shared.NotInProvinceException}. Changes are audited and
 * carry the version they start from ({@link org.springframework.dao.OptimisticLockingFailureException} when stale).
 * Refused input throws {@link MeetingInputException} naming each field.
 */
public interface MeetingApi {

	/** The province's meetings, latest first. */
	List<Meeting> meetings(ProvinceCode province);

	/** One page of the province's meetings, latest first, with the total (the list page and the API). */
	org.smartcityplanner.shared.PageOf<Meeting> meetings(ProvinceCode province, org.smartcityplanner.shared.Paging paging);

	/** One meeting. */
	Meeting meeting(ProvinceCode province, long meetingId);

	/** Plans a meeting; an empty agenda gets the standard five items. */
	Meeting plan(ProvinceCode province, MeetingDraft draft);

	/** Changes when, where and what, and the agenda's titles and details. */
	Meeting change(ProvinceCode province, long meetingId, MeetingDraft draft, int version);

	/** Changes the invitation letter's fields. */
	Meeting changeLetter(ProvinceCode province, long meetingId, InvitationLetter letter, int version);

	/** Records the minutes: chair, opening and closing time, recorder, reviewer, discussion per agenda item. */
	Meeting recordMinutes(ProvinceCode province, long meetingId, MinutesDraft minutes);

	/** The meeting's resolutions with their actions, by agenda item. */
	List<Resolution> resolutions(ProvinceCode province, long meetingId);

	/**
	 * The resolutions of all the province's meetings, by meeting id (meetings without any are left out), in one
	 * read however many meetings there are.
	 */
	Map<Long, List<Resolution>> resolutionsOf(ProvinceCode province);

	/** Adds a resolution under an agenda item with its follow-up actions. */
	Resolution resolve(ProvinceCode province, long meetingId, int agendaPosition, String text,
			List<ActionDraft> actions);

	/** Changes a follow-up action (its status, mostly). */
	FollowUpAction changeAction(ProvinceCode province, long actionId, ActionDraft draft, int version);

	/** The figures of one meeting. */
	MeetingCounts counts(ProvinceCode province, long meetingId);

	/** The figures of every meeting of the province, by meeting id, in one query. */
	Map<Long, MeetingCounts> counts(ProvinceCode province);

	/** The province's follow-up actions by status, and how many pending ones are overdue. */
	ActionCounts actionCounts(ProvinceCode province);
}
