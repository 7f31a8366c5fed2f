package org.smartcityplanner.training.internal;

import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.Attendance;
import org.smartcityplanner.training.CheckInResult;
import org.smartcityplanner.training.TrainingSession;

/**
 * Attendance by QR code and by hand. A trainee is recorded at most once per session: the database refuses a
 * second row, so double scans and two nodes racing add nothing.
 */
public interface AttendanceUseCases {

	/**
	 * The path of the session's signed check-in link ({@code /training/check-in/{id}?until=..&sig=..}), valid
	 * from 30 minutes before the start until the end of the session.
	 */
	String checkInPath(ProvinceCode province, long sessionId);

	/**
	 * The session a check-in link opens, after checking it.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the link is forged, not yet open or expired
	 */
	TrainingSession openCheckIn(long sessionId, long until, String signature);

	/**
	 * Checks the trainee in through a link.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the link is forged, not open or expired, or
	 *         the trainee belongs to another cohort
	 */
	CheckInResult checkIn(long sessionId, long until, String signature, String accessToken);

	/** Ticks or unticks a trainee by hand (trainers). */
	void setPresent(ProvinceCode province, long sessionId, long traineeId, boolean present);

	/** The attendance of a cohort, every session. */
	List<Attendance> attendanceOf(ProvinceCode province, long cohortId);

	/** The attendance of one trainee (any cohort); for their own page. */
	List<Attendance> attendanceOfTrainee(long traineeId);
}
