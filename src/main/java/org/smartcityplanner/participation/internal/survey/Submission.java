package org.smartcityplanner.participation.internal.survey;

import java.util.List;

import org.smartcityplanner.participation.domain.survey.Problem;

/**
 * What became of a submitted response.
 *
 * @param outcome what happened
 * @param problems what to correct, when {@link Outcome#INVALID}
 */
public record Submission(Outcome outcome, List<Problem> problems) {

	/** What happened to a submission. */
	public enum Outcome {
		/** Stored now. */
		STORED,
		/** The same submission was stored before (a double tap or a retry): nothing more was stored. */
		ALREADY_STORED,
		/** Counted only after a second person checks it (paper, when the survey asks for a check). */
		AWAITING_CHECK,
		/**
		 * This participant (a participation code, an account) answered the survey before under another submission:
		 * nothing was stored. A second answer is refused rather than replacing the first, as survey tools with
		 * one-time invitations do: results already read or exported never change under the reader.
		 */
		ANSWERED_BEFORE,
		/** The survey takes no answers now (not published, closed, or not open in the current phase). */
		CLOSED,
		/** Something to correct; nothing was stored. */
		INVALID
	}

	public Submission {
		problems = List.copyOf(problems);
	}

	static Submission of(Outcome outcome) {
		return new Submission(outcome, List.of());
	}

	public boolean accepted() {
		return outcome == Outcome.STORED || outcome == Outcome.ALREADY_STORED || outcome == Outcome.AWAITING_CHECK;
	}
}
