package org.smartcityplanner.reports.internal;

import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.reports.book.BookTexts;
import org.springframework.context.MessageSource;

/** The book's words from the application's message bundles. */
record MessageBookTexts(MessageSource messages, DocumentLanguage language) implements BookTexts {

	@Override
	public String get(String key, Object... args) {
		return messages.getMessage(key, args, key, language.locale());
	}
}
