package org.smartcityplanner.participation.internal.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingCounts;
import org.smartcityplanner.participation.MeetingKind;

/**
 * The statistics service's rule of a meeting that took place: its time is past and someone was there. Pages that
 * have read the meetings already (the public portal) count with it instead of asking the service to read them again.
 */
public final class HeldMeetings {

	private HeldMeetings() {
	}

	/** Whether the meeting took place by {@code now}. */
	public static boolean held(Meeting meeting, Map<Long, MeetingCounts> counts, Instant now) {
		return meeting.endsAt().isBefore(now) && counts.getOrDefault(meeting.id(), MeetingCounts.none()).present() > 0;
	}

	/** How many public hearings took place by {@code now}. */
	public static int publicHearings(List<Meeting> meetings, Map<Long, MeetingCounts> counts, Instant now) {
		return (int) meetings.stream()
			.filter(meeting -> meeting.kind() == MeetingKind.PUBLIC_HEARING && held(meeting, counts, now))
			.count();
	}
}
