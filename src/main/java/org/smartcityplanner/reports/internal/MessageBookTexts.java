package org.smartcityplanner.reports.internal;

import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.reports.book.BookTexts;
import org.springframework.context.MessageSource;

/** The book's words from the application's message bundles, and whether its digits are Thai. */
record MessageBookTexts(MessageSource messages, DocumentLanguage language, boolean thaiNumerals) implements BookTexts {

	/** Western digits. */
	MessageBookTexts(MessageSource messages, DocumentLanguage language) {
		this(messages, language, false);
	}

	@Override
	public String get(String key, Object... args) {
		return messages.getMessage(key, args, key, language.locale());
	}
}
