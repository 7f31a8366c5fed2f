package org.smartcityplanner.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A group of trainees of one province taught together.
 *
 * @param id database id
 * @param province the province
 * @param name e.g. "รุ่นที่ 1/2570"
 * @param curriculumId the curriculum version taught
 * @param capacity most trainees accepted
 * @param minParticipants fewest trainees the programme requires (60)
 * @param startDate first day
 * @param endDate last day
 * @param retentionDays days after the end after which personal data is anonymised
 * @param passPercent post-test pass mark
 * @param minAttendancePercent share of sessions needed for a certificate
 * @param registrationKey the secret part of the self-registration link
 * @param registrationOpen whether the self-registration link accepts people
 * @param anonymisedAt when the retention job anonymised the trainees, {@code null} before
 * @param traineeCount trainees registered
 * @param version optimistic-locking version
 */
public record Cohort(long id, ProvinceCode province, String name, long curriculumId, int capacity,
		int minParticipants, LocalDate startDate, LocalDate endDate, int retentionDays, int passPercent,
		int minAttendancePercent, String registrationKey, boolean registrationOpen, Instant anonymisedAt,
		int traineeCount, int version) {

	/** The programme's minimum cohort size. */
	public static final int PROGRAMME_MINIMUM = 60;

	public boolean underMinimum() {
		return traineeCount < minParticipants;
	}

	public boolean full() {
		return traineeCount >= capacity;
	}

	/** The last day personal data is kept. */
	/** Whether the cohort's last day (a day in Thailand) was over at {@code now}: it takes no more registrations. */
	public boolean endedBy(Instant now) {
		return LocalDate.ofInstant(now, ZoneId.of("Asia/Bangkok")).isAfter(endDate);
	}

	public LocalDate retainedUntil() {
		return endDate.plusDays(retentionDays);
	}
}
