package org.smartcityplanner.reports.internal;

import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.reports.book.BookInput;
import org.smartcityplanner.reports.book.BookTexts;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/** Test-side access to the book's input loader and words, for the benchmark. */
public final class BookInputs {

	private BookInputs() {
	}

	public static BookInput load(ApplicationContext app, ProvinceCode province, long versionId,
			DocumentLanguage language) {
		return app.getBean(BookInputLoader.class).load(province, versionId, language);
	}

	public static BookTexts texts(ApplicationContext app, DocumentLanguage language) {
		return new MessageBookTexts(app.getBean(MessageSource.class), language);
	}
}
