package org.smartcityplanner.participation.domain.survey;

/**
 * The kinds of question the one questionnaire engine asks. Messages: {@code participation.survey.kind.<NAME>}.
 */
public enum QuestionKind {
	/** One option of several. */
	SINGLE_CHOICE,
	/** Any number of options. */
	MULTIPLE_CHOICE,
	/** Agreement on a five-point scale, 1 (strongly disagree) to 5 (strongly agree). */
	LIKERT,
	/** The options put in order, 1 the most important. */
	RANKING,
	/** A number, optionally between a minimum and a maximum. */
	NUMBER,
	/** Open text. */
	TEXT,
	/** A place: one of the province's target areas chosen from a list, or a point on the map. */
	MAP;

	/** Whether the question's options are typed by the survey's author. */
	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING;
	}

	/** Whether answers are counted by option (so the question can be a condition or a cross-tab row). */
	public boolean isCountedByOption() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == LIKERT;
	}

	/** The kind named by its code, or {@code null}. */
	public static QuestionKind parse(String code) {
		for (QuestionKind kind : values()) {
			if (kind.name().equalsIgnoreCase(code == null ? "" : code.strip())) {
				return kind;
			}
		}
		return null;
	}
}
