package org.smartcityplanner.actionplan.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two runs side by side: their totals, the projects only one of them funds, and envelopes that differ.
 *
 * @param a the first run
 * @param b the second run
 * @param onlyA projects only the first funds
 * @param onlyB projects only the second funds
 * @param both projects both fund
 * @param envelopeChanges "source year" to the two envelopes (satang) where they differ
 */
record RunComparison(RunView a, RunView b, List<String> onlyA, List<String> onlyB, List<String> both,
		Map<String, long[]> envelopeChanges) {

	static RunComparison of(RunView a, RunView b) {
		Set<String> namesA = new LinkedHashSet<>(a.selected().stream().map(RunView.Row::name).toList());
		Set<String> namesB = new LinkedHashSet<>(b.selected().stream().map(RunView.Row::name).toList());
		Map<String, long[]> changes = new TreeMap<>();
		if (a.run().inputs() != null && b.run().inputs() != null) {
			a.run().inputs().problem().sources().forEach(source -> {
				var other = b.run().inputs().problem().sources().stream()
					.filter(candidate -> candidate.code().equals(source.code())).findFirst();
				for (int year = a.run().inputs().problem().firstYear(); year <= a.run().inputs().problem().lastYear(); year++) {
					long before = source.envelope(year);
					long after = other.map(s -> s).orElse(source).envelope(year);
					if (before != after) {
						changes.put(source.code() + " " + year, new long[] { before, after });
					}
				}
			});
		}
		return new RunComparison(a, b, namesA.stream().filter(name -> !namesB.contains(name)).sorted().toList(),
				namesB.stream().filter(name -> !namesA.contains(name)).sorted().toList(),
				namesA.stream().filter(namesB::contains).sorted().toList(), changes);
	}
}
