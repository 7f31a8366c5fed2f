package org.smartcityplanner.participation.domain.ballot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.shared.Baht;

/**
 * Whether the projects a voter ticked make a valid ballot: at least one, each a project of this ballot, at most
 * {@code k} on a K-approval ballot, and on a knapsack ballot costs that together stay within the budget. A refusal
 * says the numbers (ticked, allowed, total cost, budget) so the voter sees what to untick.
 */
public final class VoteRules {

	private VoteRules() {
	}

	/**
	 * The ballot's shape as the rules need it.
	 *
	 * @param costs each item id's cost, in the ballot's order
	 */
	public record Shape(BallotKind kind, Integer maxChoices, Baht budget, Map<Long, Baht> costs) {
	}

	/** @return the problems (field {@code choices}), empty when the ballot may be stored */
	public static List<Problem> check(Shape ballot, List<Long> ticked) {
		Set<Long> choices = new LinkedHashSet<>(ticked == null ? List.of() : ticked);
		List<Problem> problems = new ArrayList<>();
		if (choices.isEmpty()) {
			return List.of(Problem.of("choices", "participation.ballot.vote.empty"));
		}
		if (choices.size() != ticked.size()) {
			problems.add(Problem.of("choices", "participation.ballot.vote.repeated"));
		}
		for (Long id : choices) {
			if (id == null || !ballot.costs().containsKey(id)) {
				problems.add(Problem.of("choices", "participation.ballot.vote.unknownItem", String.valueOf(id)));
			}
		}
		if (!problems.isEmpty()) {
			return List.copyOf(problems);
		}
		if (ballot.kind() == BallotKind.K_APPROVAL && choices.size() > ballot.maxChoices()) {
			problems.add(Problem.of("choices", "participation.ballot.vote.tooMany", choices.size(),
					ballot.maxChoices()));
		}
		if (ballot.kind() == BallotKind.KNAPSACK) {
			Baht total = choices.stream().map(ballot.costs()::get).reduce(Baht.ZERO, Baht::plus);
			if (total.compareTo(ballot.budget()) > 0) {
				problems.add(Problem.of("choices", "participation.ballot.vote.overBudget", total.formatted(),
						ballot.budget().formatted(), total.minus(ballot.budget()).formatted()));
			}
		}
		return List.copyOf(problems);
	}
}
