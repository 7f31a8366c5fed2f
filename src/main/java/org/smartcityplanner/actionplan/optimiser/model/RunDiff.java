package org.smartcityplanner.actionplan.optimiser.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What changed between two runs (what-if): "before" is the earlier or reference run, "after" the other.
 *
 * @param objectiveBefore total score before ({@code null} without a portfolio)
 * @param objectiveAfter total score after ({@code null} without a portfolio)
 * @param added projects funded after but not before
 * @param removed projects funded before but not after
 * @param moved projects funded in both runs whose start year changed
 * @param refunded projects funded in both runs, same start, whose split across sources or years changed
 * @param envelopeChanges source-years whose envelope or use differs
 */
public record RunDiff(BigDecimal objectiveBefore, BigDecimal objectiveAfter, List<String> added,
		List<String> removed, List<StartChange> moved, List<String> refunded, List<EnvelopeChange> envelopeChanges) {

	public RunDiff {
		added = List.copyOf(added);
		removed = List.copyOf(removed);
		moved = List.copyOf(moved);
		refunded = List.copyOf(refunded);
		envelopeChanges = List.copyOf(envelopeChanges);
	}

	/** Score after minus score before, {@code null} when either run has no portfolio. */
	public BigDecimal objectiveDelta() {
		return objectiveBefore == null || objectiveAfter == null ? null : objectiveAfter.subtract(objectiveBefore);
	}

	/** Whether the two portfolios fund the same projects the same way. */
	public boolean samePortfolio() {
		return added.isEmpty() && removed.isEmpty() && moved.isEmpty() && refunded.isEmpty();
	}

	/** A project whose start year differs. */
	public record StartChange(String projectId, int startBefore, int startAfter) {
	}

	/** A source-year whose envelope or use differs (missing side counts as 0). */
	public record EnvelopeChange(String sourceCode, int fiscalYear, long envelopeBefore, long envelopeAfter,
			long usedBefore, long usedAfter) {
	}
}
