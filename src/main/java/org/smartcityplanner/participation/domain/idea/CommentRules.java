package org.smartcityplanner.participation.domain.idea;

import java.util.List;

import org.smartcityplanner.participation.domain.survey.Problem;

/**
 * What a public comment on an idea and a moderator's reason for hiding one must be. A comment is kept exactly as
 * typed (pages print it as text, never as markup); only the ends are trimmed.
 */
public final class CommentRules {

	/** Longest comment, in characters. */
	public static final int MAX_BODY = 2000;
	/** Longest reason for hiding a comment. */
	public static final int MAX_REASON = 500;

	private CommentRules() {
	}

	/** The problems of a comment's text, field {@code body}; none when it may be stored. */
	public static List<Problem> checkBody(String body) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			return List.of(Problem.of("body", "participation.idea.comment.body.required"));
		}
		if (text.length() > MAX_BODY) {
			return List.of(Problem.of("body", "participation.idea.comment.body.tooLong", MAX_BODY, text.length()));
		}
		return List.of();
	}

	/** The problems of a moderator's reason for hiding a comment, field {@code reason}. */
	public static List<Problem> checkHideReason(String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			return List.of(Problem.of("reason", "participation.idea.comment.reason.required"));
		}
		if (text.length() > MAX_REASON) {
			return List.of(Problem.of("reason", "participation.idea.comment.reason.tooLong", MAX_REASON));
		}
		return List.of();
	}
}
