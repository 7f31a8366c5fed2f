package org.smartcityplanner.participation.internal;

import java.util.List;

import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.shared.InvalidInputException;

/** Input refused with one or more problems, each naming its field; nothing was stored. */
public class InputProblemsException extends InvalidInputException {

	private final transient List<Problem> problems;

	public InputProblemsException(List<Problem> problems) {
		super(problems.get(0).messageKey(), problems.get(0).arguments().toArray());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}
}
