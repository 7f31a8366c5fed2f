package org.smartcityplanner.training;

import java.util.List;

import org.smartcityplanner.shared.LocalizedText;

/**
 * A multiple-choice question of a topic's bank.
 *
 * @param id database id
 * @param topicCode topic
 * @param text the question
 * @param options the choices, same order in both languages
 * @param correctIndex index of the right choice (never sent to trainees' pages)
 */
public record Question(long id, String topicCode, LocalizedText text, List<LocalizedText> options, int correctIndex) {

	public Question {
		options = List.copyOf(options);
	}
}
