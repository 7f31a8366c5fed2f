package org.smartcityplanner.profile;

import java.util.List;

/**
 * The outcome of importing pasted strategy lines ("code<TAB>title", optionally a third column for the
 * description): either every line was saved, or nothing was and {@code problems} says which lines are wrong.
 *
 * @param saved the strategies created, in line order; empty when there are problems
 * @param problems what is wrong, line by line; empty when everything was saved
 */
public record StrategyImport(List<ProvincialStrategy> saved, List<Problem> problems) {

	public StrategyImport {
		saved = List.copyOf(saved);
		problems = List.copyOf(problems);
	}

	public boolean succeeded() {
		return problems.isEmpty();
	}

	/**
	 * One wrong line.
	 *
	 * @param line 1-based line number in the pasted text, 0 for the paste as a whole
	 * @param messageKey the message to show
	 * @param args its arguments
	 */
	public record Problem(int line, String messageKey, List<String> args) {

		public Problem {
			args = List.copyOf(args);
		}
	}
}
