package org.smartcityplanner.training;

import java.util.List;

import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.training.domain.OptionOrder;

/**
 * A question as one trainee sees it: its options in that trainee's own order, each carrying the bank's index (the
 * value the form sends back), and no correct answer.
 *
 * @param id the question's id
 * @param text the question
 * @param choices the options in display order
 */
public record TestQuestion(long id, LocalizedText text, List<Choice> choices) {

	public TestQuestion {
		choices = List.copyOf(choices);
	}

	/**
	 * @param index the option's index in the bank
	 * @param text the option
	 */
	public record Choice(int index, LocalizedText text) {
	}

	/** The question with its options in the trainee's order. */
	public static TestQuestion forTrainee(long traineeId, Question question) {
		List<Choice> choices = OptionOrder.of(traineeId, question.id(), question.options().size()).stream()
			.map(i -> new Choice(i, question.options().get(i))).toList();
		return new TestQuestion(question.id(), question.text(), choices);
	}
}
