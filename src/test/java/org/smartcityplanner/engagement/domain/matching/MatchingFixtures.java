package org.smartcityplanner.engagement.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Small pools for the matching tests. */
public final class MatchingFixtures {

	public static final List<String> DIMENSIONS = List.of("ENV", "ECO", "MOB", "GOV", "LIV", "PEO", "ENE");

	private MatchingFixtures() {
	}

	public static Candidate senior(long id, int load, Need... covers) {
		return new Candidate(id, ConsultantRank.SENIOR_CONSULTANT, Set.of(covers), load, 2, 0, true);
	}

	public static Candidate consultant(long id, int load, Need... covers) {
		return new Candidate(id, ConsultantRank.CONSULTANT, Set.of(covers), load, 2, 0, true);
	}

	public static Need dim(String code) {
		return Need.dimension(code);
	}

	/** A random pool of {@code n} with random loads, caps, absences, coverage and needs. */
	public static TeamRequest randomRequest(Random random, int n) {
		List<Candidate> pool = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Set<Need> covers = new HashSet<>();
			int count = 1 + random.nextInt(3);
			for (int k = 0; k < count; k++) {
				covers.add(random.nextBoolean() ? dim(DIMENSIONS.get(random.nextInt(DIMENSIONS.size())))
						: Need.expertise(ExpertiseTag.values()[random.nextInt(ExpertiseTag.values().length)]));
			}
			int cap = 1 + random.nextInt(3);
			pool.add(new Candidate(100 + i, random.nextInt(3) == 0 ? ConsultantRank.SENIOR_CONSULTANT
					: ConsultantRank.CONSULTANT, covers, random.nextInt(cap + 1), cap,
					random.nextInt(5) == 0 ? random.nextInt(60) : 0, random.nextBoolean()));
		}
		Set<Need> needs = new HashSet<>();
		int needCount = random.nextInt(4);
		for (int k = 0; k < needCount; k++) {
			needs.add(dim(DIMENSIONS.get(random.nextInt(DIMENSIONS.size()))));
		}
		if (random.nextBoolean()) {
			needs.add(Need.expertise(ExpertiseTag.values()[random.nextInt(ExpertiseTag.values().length)]));
		}
		return new TeamRequest(pool, needs, 4 + random.nextInt(3), 180);
	}

	static List<Candidate> pool(Candidate... candidates) {
		return Arrays.asList(candidates);
	}
}
