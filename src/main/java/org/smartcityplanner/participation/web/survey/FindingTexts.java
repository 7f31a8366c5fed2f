package org.smartcityplanner.participation.web.survey;

import java.util.List;

import org.smartcityplanner.participation.domain.survey.FindingSuggestions.Suggestion;
import org.smartcityplanner.participation.domain.survey.QuestionKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A suggested finding written out in the user's language, as the starting text of the form a person then edits
 * and saves (the page) or sends back (the API).
 */
@Component
class FindingTexts {

	private final MessageSource messages;

	FindingTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param questionId the question the suggestion reads
	 * @param statement the suggested statement
	 * @param basis the figures it rests on
	 */
	record Written(long questionId, String statement, String basis) {
	}

	List<Written> written(List<Suggestion> suggestions) {
		return suggestions.stream().map(this::written).toList();
	}

	Written written(Suggestion s) {
		String statementKey = s.kind() == QuestionKind.RANKING ? "participation.finding.suggest.firstPlace"
				: "participation.finding.suggest.chosenMost";
		String statement = t(statementKey, s.option(), s.question());
		String basis = t("participation.finding.suggest.basis", s.position(), s.count(), s.answered(),
				s.percent().stripTrailingZeros().toPlainString());
		return new Written(s.questionId(), statement, basis);
	}

	private String t(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
