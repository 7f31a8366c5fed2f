package org.smartcityplanner.engagement.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.smartcityplanner.engagement.domain.progress.BuddhistDates;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/**
 * Puts a life-cycle rule's refusal on the form field it is about, its dates worded for the reader (B.E. in Thai).
 */
final class Refusals {

	private static final Map<String, String> FIELD_OF = Map.of("engagement.period.startRequired", "startDate",
			"engagement.period.endRequired", "endDate", "engagement.period.endBeforeStart", "endDate",
			"engagement.period.tooLong", "endDate", "engagement.overlap", "startDate", "engagement.title.required",
			"title", "engagement.title.tooLong", "title", "engagement.close.dateRequired", "closedOn",
			"engagement.close.beforeStart", "closedOn");

	private Refusals() {
	}

	static void bind(InvalidInputException refused, BindingResult errors, Locale locale) {
		Object[] args = arguments(refused, locale);
		String field = FIELD_OF.get(refused.messageKey());
		if (field != null && errors.getFieldType(field) != null) {
			errors.rejectValue(field, refused.messageKey(), args, refused.messageKey());
		}
		else {
			errors.reject(refused.messageKey(), args, refused.messageKey());
		}
	}

	static Object[] arguments(InvalidInputException refused, Locale locale) {
		boolean thai = "th".equals(locale.getLanguage());
		return refused.arguments().stream()
			.map(arg -> arg instanceof LocalDate date ? (thai ? BuddhistDates.thai(date) : BuddhistDates.english(date))
					: arg)
			.toArray();
	}
}
