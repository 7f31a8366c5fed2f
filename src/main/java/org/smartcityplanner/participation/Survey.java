package org.smartcityplanner.participation;

import java.util.List;

import org.smartcityplanner.participation.domain.survey.Question;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A survey with its questions.
 *
 * @param id its id
 * @param province the province it belongs to
 * @param title its title
 * @param description the introduction shown above the questions
 * @param state written, open or closed
 * @param publicKey the random part of its public link {@code /survey/{publicKey}}
 * @param paperCheck whether a paper response counts only after a second person checked it
 * @param version the optimistic-locking version
 * @param questions its questions in order
 */
public record Survey(long id, ProvinceCode province, String title, String description, SurveyState state,
		String publicKey, boolean paperCheck, int version, List<Question> questions) {

	public Survey {
		questions = List.copyOf(questions);
	}

	/** The question with the id, if it is one of this survey's. */
	public java.util.Optional<Question> question(long questionId) {
		return questions.stream().filter(q -> q.id() == questionId).findFirst();
	}
}
