package org.smartcityplanner.documents.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.documents.CellValue;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.HeadingNumbers;
import org.smartcityplanner.documents.NumberText;
import org.smartcityplanner.documents.ThaiNumerals;

/**
 * How a document's text is printed, shared by the renderers: Thai numerals when asked, numbers formatted,
 * headings numbered.
 */
final class TextOut {

	private final boolean thaiNumerals;
	private final DocumentLanguage language;
	private final Map<Heading, String> headingNumbers = new IdentityHashMap<>();

	TextOut(DocumentModel model) {
		this.thaiNumerals = model.info().thaiNumerals();
		this.language = model.info().language();
		List<Heading> headings = model.headings();
		List<String> numbers = HeadingNumbers.of(headings, language);
		for (int i = 0; i < headings.size(); i++) {
			headingNumbers.put(headings.get(i), numbers.get(i));
		}
	}

	String text(String raw) {
		return ThaiNumerals.apply(raw, thaiNumerals);
	}

	String cell(CellValue value) {
		if (value instanceof CellValue.Text t) {
			return text(t.text());
		}
		if (value instanceof CellValue.Number n) {
			return NumberText.format(n.value(), n.style(), thaiNumerals);
		}
		if (value instanceof CellValue.Formula f && f.shown() != null) {
			return NumberText.format(f.shown(), f.style(), thaiNumerals);
		}
		return "";
	}

	/** The heading with its number, e.g. "บทที่ 2 บริบทของจังหวัด" or "2.1 ...". */
	String heading(Heading heading) {
		return text(HeadingNumbers.title(heading, headingNumbers.getOrDefault(heading, "")));
	}

	String noData() {
		return language.noData();
	}

	DocumentLanguage language() {
		return language;
	}

	boolean thaiNumerals() {
		return thaiNumerals;
	}
}
