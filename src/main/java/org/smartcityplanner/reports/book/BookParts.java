package org.smartcityplanner.reports.book;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.documents.Align;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.NumberStyle;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.Run;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.Baht;

/**
 * Small pieces every chapter uses: text blocks with the placeholder when empty, reference names.
 */
final class BookParts {

	private final BookInput input;
	private final BookTexts texts;

	BookParts(BookInput input, BookTexts texts) {
		this.input = input;
		this.texts = texts;
	}

	BookInput input() {
		return input;
	}

	BookTexts texts() {
		return texts;
	}

	String t(String key, Object... args) {
		return texts.get(key, args);
	}

	/** The text as body paragraphs, one per line; the placeholder paragraph when it is blank. */
	void text(DocumentModel.Builder book, String text) {
		if (text == null || text.isBlank()) {
			book.add(placeholder());
			return;
		}
		Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
			.forEach(book::paragraph);
	}

	/** Items as a bulleted list; the placeholder when there are none. */
	void list(DocumentModel.Builder book, List<String> items) {
		if (items.isEmpty()) {
			book.add(placeholder());
		}
		else {
			book.bullets(items);
		}
	}

	/** The "no data yet" paragraph (ยังไม่มีข้อมูล). */
	Paragraph placeholder() {
		return new Paragraph(List.of(new Run(texts.language().noData(), false, true, 0)), Align.LEFT, true, 0);
	}

	/** A bold label followed by text in one paragraph. */
	Paragraph labelled(String label, String value) {
		return new Paragraph(List.of(Run.bold(label + " "), Run.plain(value == null || value.isBlank()
				? texts.language().noData() : value)), Align.LEFT, false, 0);
	}

	/**
	 * An amount of baht as the book prints every amount: two decimals with thousands separators, so rows add
	 * up to their totals to the satang.
	 */
	static Cell money(Baht amount) {
		return Cell.number(amount.toBigDecimal(), NumberStyle.BAHT);
	}

	/** The name of a reference item in the book's language, or the code when it is unknown. */
	String referenceName(ReferenceKind kind, String code) {
		return reference(kind, code).map(item -> item.name().in(texts.locale())).orElse(code);
	}

	Optional<ReferenceItem> reference(ReferenceKind kind, String code) {
		return input.referenceItems().stream().filter(item -> item.kind() == kind && item.code().equals(code))
			.findFirst();
	}

	List<ReferenceItem> references(ReferenceKind kind) {
		return input.referenceItems().stream().filter(item -> item.kind() == kind).toList();
	}

	/**
	 * A plan item's name in the book's language: the Thai name in the Thai book; in the English book the English
	 * name, or the Thai one visibly marked "[not translated]" when the plan has none.
	 */
	String itemName(String thai, String english) {
		if (texts.language() == org.smartcityplanner.documents.DocumentLanguage.THAI) {
			return thai;
		}
		return english == null || english.isBlank() ? texts.get("book.untranslated", thai) : english;
	}

	/** Whether the English book prints any goal, strategy, project or KPI name untranslated. */
	boolean hasUntranslatedNames() {
		var plan = input.plan();
		return texts.language() != org.smartcityplanner.documents.DocumentLanguage.THAI
				&& (plan.goals().stream().anyMatch(goal -> goal.titleEn().isBlank())
						|| plan.strategies().anyMatch(strategy -> strategy.titleEn().isBlank())
						|| plan.projects().anyMatch(project -> project.nameEn().isBlank())
						|| plan.kpis().stream().anyMatch(kpi -> kpi.nameEn().isBlank()));
	}

	String provinceName() {
		return input.provinceName().in(texts.locale());
	}
}
