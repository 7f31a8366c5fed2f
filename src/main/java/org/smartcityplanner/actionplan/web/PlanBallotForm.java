package org.smartcityplanner.actionplan.web;

import java.util.List;

import org.smartcityplanner.actionplan.BallotRequest;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NumberText;

/**
 * The "put projects to a vote" form as typed, kept as text so a refused form comes back as it was sent.
 *
 * @param title the ballot's title
 * @param kind a {@link BallotKind} name
 * @param maxChoices the K of a K-approval ballot, blank otherwise
 * @param budget baht, blank for the default
 * @param projectIds the ticked projects
 */
public record PlanBallotForm(String title, String kind, String maxChoices, String budget, List<String> projectIds) {

	public PlanBallotForm {
		projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
	}

	/** The request, or a refusal naming the field that cannot be read. */
	BallotRequest toRequest() {
		return new BallotRequest(title, kindChosen(), maxChoicesNumber(), Baht.parse(budget, "budget"), projectIds);
	}

	public boolean ticked(String projectId) {
		return projectIds.contains(projectId);
	}

	private BallotKind kindChosen() {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return BallotKind.valueOf(kind);
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidInputException("actionplan.ballot.noKind", "kind");
		}
	}

	private Integer maxChoicesNumber() {
		try {
			return NumberText.wholeInt(maxChoices);
		}
		catch (IllegalArgumentException notWhole) {
			throw new InvalidInputException("actionplan.ballot.maxChoicesNotWhole", "maxChoices", maxChoices);
		}
	}
}
