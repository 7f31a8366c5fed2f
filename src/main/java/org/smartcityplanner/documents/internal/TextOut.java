package org.smartcityplanner.documents.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.documents.CellValue;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.HeadingNumbers;
import org.smartcityplanner.documents.Image;
import org.smartcityplanner.documents.NumberText;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.ThaiNumerals;

/**
 * How a document's text is printed, shared by the renderers: Thai numerals when asked, numbers formatted,
 * headings numbered, tables and pictures numbered when the document asks.
 */
final class TextOut {

	private final boolean thaiNumerals;
	private final DocumentLanguage language;
	private final Map<Heading, String> headingNumbers = new IdentityHashMap<>();
	private final Map<Object, Integer> captionNumbers = new IdentityHashMap<>();

	TextOut(DocumentModel model) {
		this.thaiNumerals = model.info().thaiNumerals();
		this.language = model.info().language();
		List<Heading> headings = model.headings();
		List<String> numbers = HeadingNumbers.of(headings, language);
		for (int i = 0; i < headings.size(); i++) {
			headingNumbers.put(headings.get(i), numbers.get(i));
		}
		if (model.numberedCaptions()) {
			int tables = 0;
			int figures = 0;
			for (var block : model.blocks()) {
				if (block instanceof Table t && !t.caption().isBlank()) {
					captionNumbers.put(t, ++tables);
				}
				else if (block instanceof Image i && !i.caption().isBlank()) {
					captionNumbers.put(i, ++figures);
				}
			}
		}
	}

	/** Text as printed: Thai numerals when asked. */
	String text(String raw) {
		return ThaiNumerals.apply(raw, thaiNumerals);
	}

	/** A table's caption, with its number when the document numbers them ("ตารางที่ 3 ..."). */
	String caption(Table table) {
		Integer number = captionNumbers.get(table);
		return text(number == null ? table.caption() : label(language.table(), number) + " " + table.caption());
	}

	/** A picture's caption, with its number when the document numbers them ("ภาพที่ 2 ..."). */
	String caption(Image image) {
		Integer number = captionNumbers.get(image);
		return text(number == null ? image.caption() : label(language.figure(), number) + " " + image.caption());
	}

	private String label(String word, int number) {
		return language == DocumentLanguage.THAI ? word + "ที่ " + number : word + " " + number;
	}

	/** A cell as printed. */
	String cell(CellValue value) {
		if (value instanceof CellValue.Text t) {
			return ThaiNumerals.apply(t.text(), thaiNumerals);
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
