package org.smartcityplanner.participation.domain.opinion;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.domain.survey.Problem;

/**
 * What a conversation and its statements must be: a topic of 1–200 characters, a description of at most 2,000, and
 * statements short enough to read and answer on a phone, 1–{@link #STATEMENT_MAX} characters (Pol.is's limit).
 */
public final class ConversationRules {

	/** The longest statement, in characters. */
	public static final int STATEMENT_MAX = 140;
	public static final int TOPIC_MAX = 200;
	public static final int DESCRIPTION_MAX = 2000;

	private ConversationRules() {
	}

	/** The problems of a new conversation's topic and description, by field. */
	public static List<Problem> checkConversation(String topic, String description) {
		List<Problem> problems = new ArrayList<>();
		String t = trim(topic);
		if (t.isEmpty()) {
			problems.add(Problem.of("topic", "opinion.problem.topic.required"));
		}
		else if (t.length() > TOPIC_MAX) {
			problems.add(Problem.of("topic", "opinion.problem.topic.tooLong", TOPIC_MAX, t.length()));
		}
		if (trim(description).length() > DESCRIPTION_MAX) {
			problems.add(Problem.of("description", "opinion.problem.description.tooLong", DESCRIPTION_MAX,
					trim(description).length()));
		}
		return problems;
	}

	/** The problems of a statement's text (field {@code text}). */
	public static List<Problem> checkStatement(String text) {
		String t = trim(text);
		if (t.isEmpty()) {
			return List.of(Problem.of("text", "opinion.problem.text.required"));
		}
		int length = t.codePointCount(0, t.length());
		if (length > STATEMENT_MAX) {
			return List.of(Problem.of("text", "opinion.problem.text.tooLong", STATEMENT_MAX, length));
		}
		return List.of();
	}

	/** The text as stored: trimmed, {@code ""} for nothing. */
	public static String trim(String text) {
		return text == null ? "" : text.strip();
	}
}
