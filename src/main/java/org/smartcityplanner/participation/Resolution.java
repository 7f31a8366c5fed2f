package org.smartcityplanner.participation;

import java.util.List;

/**
 * A resolution of the meeting (มติที่ประชุม) under one agenda item, with the follow-up actions it set.
 *
 * @param id id
 * @param meetingId the meeting
 * @param agendaPosition the agenda item, 1 to 5
 * @param text what the meeting resolved
 * @param actions who does what by when
 */
public record Resolution(long id, long meetingId, int agendaPosition, String text, List<FollowUpAction> actions) {

	public Resolution {
		actions = List.copyOf(actions);
	}
}
