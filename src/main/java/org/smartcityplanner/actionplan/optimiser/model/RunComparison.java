package org.smartcityplanner.actionplan.optimiser.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares two runs side by side for what-if questions (an envelope, a weight or a mandatory flag changed). */
public final class RunComparison {

	private RunComparison() {
	}

	/** The differences from {@code before} to {@code after}; projects in the order of the runs. */
	public static RunDiff compare(PortfolioResult before, PortfolioResult after) {
		var added = new ArrayList<String>();
		var removed = new ArrayList<String>();
		var moved = new ArrayList<RunDiff.StartChange>();
		var refunded = new ArrayList<String>();
		for (SelectedProject b : before.selected()) {
			var a = after.selection(b.projectId());
			if (a.isEmpty()) {
				removed.add(b.projectId());
			}
			else if (a.get().startYear() != b.startYear()) {
				moved.add(new RunDiff.StartChange(b.projectId(), b.startYear(), a.get().startYear()));
			}
			else if (!new HashSet<>(a.get().funding()).equals(new HashSet<>(b.funding()))) {
				refunded.add(b.projectId());
			}
		}
		for (SelectedProject a : after.selected()) {
			if (!before.isSelected(a.projectId())) {
				added.add(a.projectId());
			}
		}
		return new RunDiff(before.objective(), after.objective(), added, removed, moved, refunded,
				envelopeChanges(before.envelopeUse(), after.envelopeUse()));
	}

	private static List<RunDiff.EnvelopeChange> envelopeChanges(List<EnvelopeUse> before, List<EnvelopeUse> after) {
		Map<String, EnvelopeUse[]> pairs = new LinkedHashMap<>();
		for (EnvelopeUse use : before) {
			pairs.computeIfAbsent(use.sourceCode() + "@" + use.fiscalYear(), k -> new EnvelopeUse[2])[0] = use;
		}
		for (EnvelopeUse use : after) {
			pairs.computeIfAbsent(use.sourceCode() + "@" + use.fiscalYear(), k -> new EnvelopeUse[2])[1] = use;
		}
		var changes = new ArrayList<RunDiff.EnvelopeChange>();
		Set<String> seen = new HashSet<>();
		for (EnvelopeUse[] pair : pairs.values()) {
			EnvelopeUse any = pair[0] != null ? pair[0] : pair[1];
			long envelopeBefore = pair[0] == null ? 0 : pair[0].envelopeSatang();
			long envelopeAfter = pair[1] == null ? 0 : pair[1].envelopeSatang();
			long usedBefore = pair[0] == null ? 0 : pair[0].usedSatang();
			long usedAfter = pair[1] == null ? 0 : pair[1].usedSatang();
			if ((envelopeBefore != envelopeAfter || usedBefore != usedAfter)
					&& seen.add(any.sourceCode() + "@" + any.fiscalYear())) {
				changes.add(new RunDiff.EnvelopeChange(any.sourceCode(), any.fiscalYear(), envelopeBefore,
						envelopeAfter, usedBefore, usedAfter));
			}
		}
		return changes;
	}
}
