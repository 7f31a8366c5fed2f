package org.smartcityplanner.actionplan.internal.solver;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.smartcityplanner.actionplan.RunInputs;
import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.Dependency;
import org.smartcityplanner.actionplan.optimiser.model.ExclusiveGroup;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;

/**
 * What-ifs of 36 projects made from the saved 61-project run of issue 16 (share minimums ECO ≥ 25 % and
 * MOB ≥ 20 % of the funded cost, co-funding, caps, fixed splits, groups, dependencies): 36 of its projects (a
 * seeded choice), 70 % of its envelopes (so the money is as short as in the full run) and count minimums of at
 * most 2; then the what-if itself: the project that was mandatory no longer is, one envelope is cut by a fifth
 * and one single-year project becomes mandatory. Every amount stays a multiple of ฿1,000
 * ({@link #UNIT}).
 */
final class WhatIfCases {

	/** Every amount of these problems is a multiple of this many satang (฿1,000). */
	static final long UNIT = 100_000;

	private static final ObjectMapper JSON = JsonMapper.builder()
		.findAndAddModules()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private WhatIfCases() {
	}

	/** The saved run of the regression case (61 candidates). */
	static PortfolioProblem shareMinimums61() throws IOException {
		try (InputStream in = WhatIfCases.class.getResourceAsStream("/cases/optimiser/share-minimums-61.json")) {
			return JSON.treeToValue(JSON.readTree(in).get("inputs"), RunInputs.class).problem();
		}
	}

	/** The 36-project what-if of the given seed. */
	static PortfolioProblem whatIf36(long seed) throws IOException {
		PortfolioProblem full = shareMinimums61();
		var random = new Random(seed);
		var shuffled = new ArrayList<>(full.candidates());
		Collections.shuffle(shuffled, random);
		List<Candidate> kept = new ArrayList<>(shuffled.subList(0, 36));
		Set<String> ids = new HashSet<>();
		kept.forEach(c -> ids.add(c.projectId()));
		List<Dependency> dependencies = full.dependencies()
			.stream()
			.filter(d -> ids.contains(d.projectId()) && ids.contains(d.requiredProjectId()))
			.toList();
		var groups = new ArrayList<ExclusiveGroup>();
		for (ExclusiveGroup group : full.exclusiveGroups()) {
			var members = new LinkedHashSet<>(group.projectIds());
			members.retainAll(ids);
			if (members.size() >= 2) {
				groups.add(new ExclusiveGroup(group.groupId(), members));
			}
		}
		var sources = new ArrayList<BudgetSource>();
		for (BudgetSource source : full.sources()) {
			Map<Integer, Long> envelopes = new HashMap<>();
			source.envelopeByYear().forEach((year, satang) -> envelopes.put(year, wholeUnits(satang * 7 / 10)));
			sources.add(new BudgetSource(source.code(), envelopes, source.multiYearAllowed()));
		}
		List<Minimum> minimums = full.minimums()
			.stream()
			.map(m -> new Minimum(m.scope(), m.code(), Math.min(m.minCount(), 2), m.minBudgetShareBasisPoints()))
			.toList();
		// the what-if
		int cut = random.nextInt(sources.size());
		int year = full.firstYear() + random.nextInt(full.years());
		sources.set(cut, sources.get(cut).withEnvelope(year, wholeUnits(sources.get(cut).envelope(year) * 4 / 5)));
		kept.replaceAll(c -> c.withMandatory(false));
		int mandatory = random.nextInt(kept.size());
		if (kept.get(mandatory).duration() == 1) {
			kept.set(mandatory, kept.get(mandatory).withMandatory(true));
		}
		return full.withCandidates(kept)
			.withDependencies(dependencies)
			.withExclusiveGroups(groups)
			.withSources(sources)
			.withMinimums(minimums);
	}

	private static long wholeUnits(long satang) {
		return satang / UNIT * UNIT;
	}
}
