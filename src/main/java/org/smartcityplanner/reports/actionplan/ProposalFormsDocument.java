package org.smartcityplanner.reports.actionplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.documents.BahtText;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentInfo;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.NumberStyle;
import org.smartcityplanner.documents.NumberText;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.Run;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.ThaiDates;
import org.smartcityplanner.reports.book.BookTexts;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * The proposal forms of one budget source as one document, a section per project: the source's required fields
 * filled from the plan and the proposal, the amount asked per fiscal year in baht and in Thai words, and the
 * date in B.E. A field nobody filled prints "ยังไม่มีข้อมูล".
 */
public final class ProposalFormsDocument {

	private ProposalFormsDocument() {
	}

	public static DocumentModel build(SourceForms forms, BookTexts texts, Instant created) {
		String title = texts.get("reports.ap.form.title", forms.source().name());
		DocumentInfo info = new DocumentInfo(title, forms.provinceName(), "", texts.language(), false, created,
				Map.of("budgetSource", forms.source().code()));
		DocumentModel.Builder document = DocumentModel.builder(info);
		String noData = texts.language().noData();
		String madeOn = ThaiDates.format(forms.madeOn(), texts.language(), false);
		if (forms.projects().isEmpty()) {
			document.add(org.smartcityplanner.documents.Heading.unnumbered(1, title));
			document.paragraph(noData);
		}
		for (SourceForms.ProjectForm project : forms.projects()) {
			document.newPage();
			document.add(org.smartcityplanner.documents.Heading.unnumbered(1, title));
			document.add(labelled(texts.get("reports.ap.form.province"), forms.provinceName()));
			document.add(labelled(texts.get("reports.ap.form.project"), project.name()));
			document.add(labelled(texts.get("reports.ap.form.madeOn"), madeOn));
			document.add(labelled(texts.get("reports.ap.form.amount"),
					NumberText.baht(project.total(), false) + " " + texts.get("reports.ap.form.baht") + " ("
							+ BahtText.thai(project.total()) + ")"));
			document.add(amountTable(project, texts));
			document.add(org.smartcityplanner.documents.Heading.unnumbered(2, texts.get("reports.ap.form.fields")));
			if (project.fields().isEmpty()) {
				document.paragraph(noData);
			}
			for (SourceForms.Field field : project.fields()) {
				String value = field.value() == null || field.value().isBlank() ? noData : field.value().strip();
				document.add(Paragraph.of(org.smartcityplanner.documents.Align.LEFT, Run.bold(field.label())));
				value.lines().forEach(line -> document.paragraph(line));
			}
		}
		return document.build();
	}

	private static Paragraph labelled(String label, String value) {
		return Paragraph.of(org.smartcityplanner.documents.Align.LEFT, Run.bold(label + " "), Run.plain(value));
	}

	private static Table amountTable(SourceForms.ProjectForm project, BookTexts texts) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Map.Entry<FiscalYear, Baht> amount : project.amounts().entrySet()) {
			rows.add(List.of(Cell.text(String.valueOf(amount.getKey().buddhistYear())),
					Cell.number(amount.getValue().toBigDecimal(), NumberStyle.BAHT),
					Cell.text(BahtText.thai(amount.getValue()))));
		}
		rows.add(List.of(Cell.bold(texts.get("reports.ap.col.total")),
				Cell.number(project.total().toBigDecimal(), NumberStyle.BAHT).withBold(),
				Cell.bold(BahtText.thai(project.total()))));
		return Table.simple(texts.get("reports.ap.form.amountTable"),
				List.of(Column.center(2.5), Column.right(3), Column.left(5.5)),
				List.of(texts.get("reports.ap.col.year"), texts.get("reports.ap.form.amountBaht"),
						texts.get("reports.ap.form.amountWords")),
				rows);
	}
}
