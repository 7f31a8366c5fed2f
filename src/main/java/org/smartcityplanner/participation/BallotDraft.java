package org.smartcityplanner.participation;

import java.util.List;

import org.smartcityplanner.shared.Baht;

/**
 * What another module (the action plan) asks participation to put to the vote.
 *
 * @param title the ballot's title as the public sees it
 * @param kind how it is filled in
 * @param maxChoices the most projects one ballot may tick ({@link BallotKind#K_APPROVAL} only, otherwise null)
 * @param budget the money to share out; a {@link BallotKind#KNAPSACK} ballot's ticks must fit in it
 * @param items the candidate projects, in the order to show them
 */
public record BallotDraft(String title, BallotKind kind, Integer maxChoices, Baht budget, List<BallotItem> items) {

	public BallotDraft {
		items = items == null ? List.of() : List.copyOf(items);
	}
}
