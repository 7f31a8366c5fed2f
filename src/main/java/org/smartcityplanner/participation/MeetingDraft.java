package org.smartcityplanner.participation;

import java.time.Instant;
import java.util.List;

/**
 * What staff enter to plan a meeting (or change it).
 *
 * @param kind working group, public hearing or area workshop
 * @param seqNo the meeting's number as the minutes name it, e.g. "1/2569"
 * @param title what the meeting is about
 * @param startsAt when it starts
 * @param endsAt when it ends (the QR check-in closes then)
 * @param venue where
 * @param targetAreaId the target area of an area workshop (a profile id of the same province), else null
 * @param walkInOpen whether people may register at the door through the QR page (public hearings)
 * @param agenda the five agenda items' titles and details (their discussion is the minutes'; ignored here); empty
 *        for the standard five
 */
public record MeetingDraft(MeetingKind kind, String seqNo, String title, Instant startsAt, Instant endsAt,
		String venue, Long targetAreaId, boolean walkInOpen, List<AgendaItem> agenda) {

	public MeetingDraft {
		seqNo = Texts.clean(seqNo);
		title = Texts.clean(title);
		venue = Texts.clean(venue);
		agenda = agenda == null ? List.of() : List.copyOf(agenda);
	}
}
