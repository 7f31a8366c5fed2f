package org.smartcityplanner.engagement.domain.matching;

import java.util.Set;

/**
 * A consultant of the pool as the matcher sees them for one period.
 *
 * @param id the consultant's account id
 * @param rank senior consultants may lead
 * @param covers the dimensions they can lead and their fields of expertise
 * @param load open engagements of theirs overlapping the period (the engagement being staffed not counted)
 * @param cap most engagements they may run at the same time
 * @param unavailableDays days of the period they are on leave or committed elsewhere
 * @param sameRegion whether their home region is the province's region (a small preference, less travel)
 */
public record Candidate(long id, ConsultantRank rank, Set<Need> covers, int load, int cap, int unavailableDays,
		boolean sameRegion) {

	public Candidate {
		covers = Set.copyOf(covers);
	}

	public boolean senior() {
		return rank == ConsultantRank.SENIOR_CONSULTANT;
	}

	public boolean atCap() {
		return load >= cap;
	}
}
