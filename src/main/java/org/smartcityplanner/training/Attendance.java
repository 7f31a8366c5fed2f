package org.smartcityplanner.training;

import java.time.Instant;

/**
 * One trainee present at one session.
 *
 * @param sessionId session
 * @param traineeId trainee
 * @param checkedInAt when
 * @param method {@code qr} or {@code manual}
 */
public record Attendance(long sessionId, long traineeId, Instant checkedInAt, String method) {
}
