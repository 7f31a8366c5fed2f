package org.smartcityplanner.engagement.domain.matching;

import java.util.List;
import java.util.Set;

/**
 * What the admin asks for: a team of {@code size} from {@code pool} covering {@code needs} for a period of
 * {@code periodDays} days.
 *
 * @param pool every consultant of the pool, eligible or not (the ineligible ones are explained as near misses)
 * @param needs dimensions and expertise the team must cover
 * @param size team size, {@value #MIN_SIZE}–{@value #MAX_SIZE}
 * @param periodDays length of the engagement's period
 */
public record TeamRequest(List<Candidate> pool, Set<Need> needs, int size, int periodDays) {

	public static final int MIN_SIZE = 4;
	public static final int MAX_SIZE = 6;

	/** Someone away for more than this share of the period (in percent) is not proposed. */
	public static final int MAX_UNAVAILABLE_PERCENT = 20;

	public TeamRequest {
		if (size < MIN_SIZE || size > MAX_SIZE) {
			throw new IllegalArgumentException("team size must be 4-6, was " + size);
		}
		if (periodDays < 1) {
			throw new IllegalArgumentException("period must last at least one day");
		}
		pool = List.copyOf(pool);
		needs = Set.copyOf(needs);
	}

	/** Whether the candidate may be proposed at all: under their cap and not away for a significant part. */
	public boolean eligible(Candidate candidate) {
		return !candidate.atCap() && !awayTooLong(candidate);
	}

	public boolean awayTooLong(Candidate candidate) {
		return candidate.unavailableDays() * 100L > (long) periodDays * MAX_UNAVAILABLE_PERCENT;
	}

	/**
	 * What choosing the candidate costs; the matcher minimises the team's sum. The load term is the growth of
	 * the pool's sum of squared loads (2·load + 1), which is what spreads engagements evenly; days away and a
	 * home region elsewhere weigh less than one engagement of load.
	 */
	public long cost(Candidate candidate) {
		return 100L * (2L * candidate.load() + 1) + candidate.unavailableDays() + (candidate.sameRegion() ? 0 : 10);
	}

	public List<Candidate> eligibleCandidates() {
		return pool.stream().filter(this::eligible).toList();
	}
}
