package org.smartcityplanner.participation.internal.survey;

import java.util.Locale;

import org.smartcityplanner.participation.Sector;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words results and exports print for sectors, Likert points and "elsewhere", in the asked language. */
@Component
class SurveyLabels {

	private final MessageSource messages;

	SurveyLabels(MessageSource messages) {
		this.messages = messages;
	}

	String sector(String code, Locale language) {
		if (code == null) {
			return text("participation.survey.generalPublic", language);
		}
		return text("participation.sector." + Sector.valueOf(code).name(), language);
	}

	String likert(int point, Locale language) {
		return point + " " + text("participation.survey.likert." + point, language);
	}

	String elsewhere(Locale language) {
		return text("participation.survey.elsewhere", language);
	}

	String text(String key, Locale language, Object... args) {
		return messages.getMessage(key, args, key, language);
	}
}
