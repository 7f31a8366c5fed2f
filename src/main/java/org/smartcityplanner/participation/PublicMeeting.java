package org.smartcityplanner.participation;

import java.time.Instant;

/**
 * What the QR page shows anyone holding the room's link: no names, no other attendee's data.
 *
 * @param id the meeting
 * @param title its title
 * @param startsAt start
 * @param endsAt end
 * @param venue where
 * @param walkInOpen whether people without an invitation may register there
 */
public record PublicMeeting(long id, String title, Instant startsAt, Instant endsAt, String venue,
		boolean walkInOpen) {
}
