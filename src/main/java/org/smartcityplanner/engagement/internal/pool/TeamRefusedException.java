package org.smartcityplanner.engagement.internal.pool;

import java.util.List;

import org.smartcityplanner.engagement.domain.matching.TeamCheck;

/** A team that may not be saved, with every rule it breaks. */
public class TeamRefusedException extends RuntimeException {

	private final transient List<TeamCheck.Problem> problems;

	public TeamRefusedException(List<TeamCheck.Problem> problems) {
		super("team refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<TeamCheck.Problem> problems() {
		return problems;
	}
}
