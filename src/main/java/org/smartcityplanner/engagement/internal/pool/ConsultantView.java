package org.smartcityplanner.engagement.internal.pool;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.engagement.domain.matching.ConsultantRank;
import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;

/**
 * A consultant of the pool with their load in a period: what admins see (and a consultant of their own profile).
 *
 * @param userId account id
 * @param displayName name
 * @param rank senior consultant or consultant
 * @param tags fields of expertise
 * @param dimensions smart-dimension codes they can lead
 * @param homeRegion reference region code, or {@code null}
 * @param cap most engagements at the same time
 * @param load open engagements overlapping the period
 * @param absences every absence, oldest first
 * @param unavailableDays days of the period they are away
 * @param version profile version ({@code null} before the profile was first saved)
 */
public record ConsultantView(long userId, String displayName, ConsultantRank rank, Set<ExpertiseTag> tags,
		Set<String> dimensions, String homeRegion, int cap, int load, List<AbsenceView> absences,
		int unavailableDays, Integer version) {

	/** The first absence that has not ended by {@code today}, if any. */
	public AbsenceView nextAbsence(LocalDate today) {
		return absences.stream().filter(a -> !a.toDate().isBefore(today)).findFirst().orElse(null);
	}

	public boolean atCap() {
		return load >= cap;
	}

	public boolean senior() {
		return rank == ConsultantRank.SENIOR_CONSULTANT;
	}

	/**
	 * An absence.
	 *
	 * @param id absence id
	 * @param fromDate first day
	 * @param toDate last day
	 * @param kind leave or another commitment
	 * @param note free text, may be empty
	 */
	public record AbsenceView(long id, LocalDate fromDate, LocalDate toDate, AbsenceKind kind, String note) {
	}
}
