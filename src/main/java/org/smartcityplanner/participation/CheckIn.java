package org.smartcityplanner.participation;

import java.time.Instant;

/**
 * The outcome of a check-in at a meeting.
 *
 * @param meetingTitle the meeting's title
 * @param fullName who was checked in
 * @param checkedInAt when they were first recorded present
 * @param alreadyCheckedIn whether this scan found an earlier check-in (nothing was added)
 */
public record CheckIn(String meetingTitle, String fullName, Instant checkedInAt, boolean alreadyCheckedIn) {
}
