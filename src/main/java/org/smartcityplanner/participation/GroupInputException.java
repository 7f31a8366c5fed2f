package org.smartcityplanner.participation;

import java.util.List;

import org.smartcityplanner.participation.domain.group.Problem;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * Input the working group or the stakeholder registry refuses, with every problem found; the first one is the
 * message the API answers with (its text names the field).
 */
public class GroupInputException extends InvalidInputException {

	private final transient List<Problem> problems;

	public GroupInputException(List<Problem> problems) {
		super(problems.get(0).messageKey(), problems.get(0).arguments().toArray());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/** Throws when there is any problem. */
	public static void refuse(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new GroupInputException(problems);
		}
	}
}
