package org.smartcityplanner.participation.domain.idea;

import java.util.Optional;

import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.domain.survey.TextRules;

/**
 * The life cycle of an idea: published → hidden ↔ restored by a moderator; published → accepted (it became a plan
 * item) or declined (with a reason, required). Accepted and declined are final: no "reopen" is offered, since the
 * author has been given the answer and may have rated it. A hidden idea cannot be decided before it is restored.
 * After the decision the author may rate the answer once, 1 to 5.
 */
public final class IdeaLifeCycle {

	public static final int MAX_HIDDEN_REASON = 500;
	public static final int MAX_DECLINE_REASON = 2000;
	public static final int MAX_RATING_COMMENT = 2000;

	private IdeaLifeCycle() {
	}

	/** Why a moderator may not hide the idea now, or empty when they may. */
	public static Optional<Problem> hide(IdeaStatus status, String reason) {
		if (status != IdeaStatus.PUBLISHED) {
			return Optional.of(Problem.of(null, "participation.idea.lifecycle.hideOnlyPublished"));
		}
		return reason("reason", reason, MAX_HIDDEN_REASON);
	}

	public static Optional<Problem> restore(IdeaStatus status) {
		return status == IdeaStatus.HIDDEN ? Optional.empty()
				: Optional.of(Problem.of(null, "participation.idea.lifecycle.restoreOnlyHidden"));
	}

	public static Optional<Problem> accept(IdeaStatus status) {
		return decidable(status);
	}

	public static Optional<Problem> decline(IdeaStatus status, String reason) {
		Optional<Problem> problem = decidable(status);
		return problem.isPresent() ? problem : reason("reason", reason, MAX_DECLINE_REASON);
	}

	/**
	 * Why the author may not rate the answer, or empty when they may.
	 *
	 * @param earlier the rating given before, or {@code null}
	 */
	public static Optional<Problem> rate(IdeaStatus status, Integer earlier, int rating, String comment) {
		if (!status.isDecided()) {
			return Optional.of(Problem.of(null, "participation.idea.rating.notDecided"));
		}
		if (earlier != null) {
			return Optional.of(Problem.of(null, "participation.idea.rating.alreadyRated"));
		}
		if (rating < 1 || rating > 5) {
			return Optional.of(Problem.of("rating", "participation.idea.rating.range"));
		}
		String text = comment == null ? "" : comment.strip();
		return text.isEmpty() ? Optional.empty() : TextRules.check("comment", text, MAX_RATING_COMMENT);
	}

	private static Optional<Problem> decidable(IdeaStatus status) {
		if (status == IdeaStatus.HIDDEN) {
			return Optional.of(Problem.of(null, "participation.idea.lifecycle.hiddenNotDecidable"));
		}
		if (status.isDecided()) {
			return Optional.of(Problem.of(null, "participation.idea.lifecycle.alreadyDecided"));
		}
		return Optional.empty();
	}

	private static Optional<Problem> reason(String field, String reason, int max) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			return Optional.of(Problem.of(field, "participation.idea.lifecycle.reasonRequired"));
		}
		return TextRules.check(field, text, max);
	}
}
