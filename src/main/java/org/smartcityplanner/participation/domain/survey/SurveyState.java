package org.smartcityplanner.participation.domain.survey;

/** Where a survey is in its life: written, answered, finished. Messages: {@code participation.survey.state.<NAME>}. */
public enum SurveyState {
	/** Being written: questions may change, nobody can answer yet. */
	DRAFT,
	/** Published: the public link takes answers, questions are frozen (answers must mean the same thing). */
	OPEN,
	/** No more online answers; paper questionnaires collected before may still be typed in. */
	CLOSED
}
