package org.smartcityplanner.reports.actionplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.documents.Align;
import org.smartcityplanner.documents.BahtText;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentInfo;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.NumberText;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.Run;
import org.smartcityplanner.documents.RunningText;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.ThaiDates;
import org.smartcityplanner.reports.book.BookTexts;
import org.smartcityplanner.shared.Baht;

/**
 * The proposal forms of one budget source as one compact document, as a budget office reads them: a cover
 * sheet with the total asked, the amount per fiscal year and the list of projects (target areas, agency, amount),
 * then each project's form one after the other without a page each: the source's required fields as a
 * two-column table, and what is asked of this source by budget category and year, adding up to the amounts in
 * the list. A field nobody filled prints "ยังไม่มีข้อมูล".
 */
public final class ProposalFormsDocument {

	private ProposalFormsDocument() {
	}

	public static DocumentModel build(SourceForms forms, BookTexts texts, Instant created) {
		String title = texts.get("reports.ap.form.title", forms.source().name());
		DocumentInfo info = new DocumentInfo(title, forms.provinceName(), "", texts.language(), texts.thaiNumerals(),
				created, Map.of("budgetSource", forms.source().code()));
		DocumentModel.Builder document = DocumentModel.builder(info).running(RunningText.pageNumbersOnly());
		document.add(Heading.unnumbered(1, title));
		document.add(labelled(texts.get("reports.ap.form.province"), forms.provinceName()));
		document.add(labelled(texts.get("reports.ap.form.madeOn"),
				ThaiDates.format(forms.madeOn(), texts.language(), texts.thaiNumerals())));
		if (forms.projects().isEmpty()) {
			document.paragraph(texts.language().noData());
			return document.build();
		}
		document.add(labelled(texts.get("reports.ap.form.count"), String.valueOf(forms.projects().size())));
		document.add(labelled(texts.get("reports.ap.form.amount"), inWords(forms.total(), texts)));
		document.add(ProposalFormTables.byYear(forms, texts));
		document.add(ProposalFormTables.projectList(forms, texts));
		int number = 1;
		for (SourceForms.ProjectForm project : forms.projects()) {
			document.add(Heading.unnumbered(2, number++ + ". " + project.name()));
			document.add(fields(project, texts));
			document.add(ProposalFormTables.byCategory(project, forms.source().name(), texts));
			document.add(labelled(texts.get("reports.ap.form.amount"), inWords(project.total(), texts)));
		}
		return document.build();
	}

	private static String inWords(Baht amount, BookTexts texts) {
		String words = texts.language() == DocumentLanguage.THAI ? " (" + BahtText.thai(amount) + ")" : "";
		return NumberText.baht(amount, texts.thaiNumerals()) + " " + texts.get("reports.ap.form.baht") + words;
	}

	private static Paragraph labelled(String label, String value) {
		return Paragraph.of(Align.LEFT, Run.bold(label + " "), Run.plain(value));
	}

	/** The source's required fields, label beside value, in one table. */
	private static Table fields(SourceForms.ProjectForm project, BookTexts texts) {
		String noData = texts.language().noData();
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(List.of(Cell.bold(texts.get("reports.ap.form.areas")),
				Cell.text(project.areas().isBlank() ? noData : project.areas())));
		rows.add(List.of(Cell.bold(texts.get("reports.ap.col.agency")),
				Cell.text(project.agency().isBlank() ? noData : project.agency())));
		for (SourceForms.Field field : project.fields()) {
			String value = field.value() == null || field.value().isBlank() ? noData : field.value().strip();
			rows.add(List.of(Cell.bold(field.label()), Cell.text(value)));
		}
		return Table.simple("", List.of(Column.left(1.5), Column.left(3.5)),
				List.of(texts.get("reports.ap.form.field"), texts.get("reports.ap.form.value")), rows);
	}
}
