package org.smartcityplanner.reports.actionplan;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.NumberStyle;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.reports.book.BookTexts;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * The two money tables of the proposal forms: the list of projects asked of the source with an amount per fiscal
 * year, and a project's request by budget category and year. Both end in a totals row; a project's category
 * table adds up to its line in the list.
 */
final class ProposalFormTables {

	private ProposalFormTables() {
	}

	/**
	 * No., project, target areas, agency and what it asks of the source over its years; a totals row. Its years
	 * are in {@link #byYear} and each project's own table: a column per year would not fit a portrait page.
	 */
	static Table projectList(SourceForms forms, BookTexts texts) {
		// the amount gets the room of "136,000,000.00" on one line; the names wrap
		List<Column> columns = List.of(Column.center(0.9), Column.left(3.6), Column.left(2.3), Column.left(2.3),
				Column.right(2.9));
		List<String> titles = List.of(texts.get("reports.ap.col.no"), texts.get("reports.ap.col.project"),
				texts.get("reports.ap.form.areas"), texts.get("reports.ap.col.agency"),
				texts.get("reports.ap.form.askedColumn"));
		List<List<Cell>> rows = new ArrayList<>();
		int number = 1;
		for (SourceForms.ProjectForm project : forms.projects()) {
			rows.add(List.of(Cell.number(number++), Cell.text(project.name()),
					Cell.text(project.areas().isBlank() ? texts.language().noData() : project.areas()),
					Cell.text(project.agency()), money(project.total(), false)));
		}
		rows.add(List.of(Cell.bold(texts.get("reports.ap.col.total")).withColSpan(4), money(forms.total(), true)));
		return table(texts.get("reports.ap.form.listTable", forms.source().name()), columns, titles, rows);
	}

	/** Per fiscal year: how many projects ask and how much; a totals row equal to the list's. */
	static Table byYear(SourceForms forms, BookTexts texts) {
		List<Column> columns = List.of(Column.center(2), Column.right(2), Column.right(3));
		List<String> titles = List.of(texts.get("reports.ap.col.year"), texts.get("reports.ap.form.projectsColumn"),
				texts.get("reports.ap.form.askedColumn"));
		List<List<Cell>> rows = new ArrayList<>();
		for (FiscalYear year : forms.years()) {
			long projects = forms.projects().stream().filter(project -> project.amount(year).satang() > 0).count();
			rows.add(List.of(Cell.text(String.valueOf(year.buddhistYear())), Cell.number(projects),
					money(forms.total(year), false)));
		}
		rows.add(List.of(Cell.bold(texts.get("reports.ap.col.total")), Cell.number(forms.projects().size()).withBold(),
				money(forms.total(), true)));
		return table(texts.get("reports.ap.form.yearTable", forms.source().name()), columns, titles, rows);
	}

	/** Budget category, one column per year the project asks in, total; a totals row. */
	static Table byCategory(SourceForms.ProjectForm project, String sourceName, BookTexts texts) {
		List<FiscalYear> years = List.copyOf(project.asked().keySet());
		List<Column> columns = new ArrayList<>(List.of(Column.left(3)));
		years.forEach(year -> columns.add(Column.right(2.5)));
		columns.add(Column.right(2.6));
		List<String> titles = new ArrayList<>(List.of(texts.get("reports.ap.form.category")));
		years.forEach(year -> titles.add(texts.get("reports.ap.form.yearColumn", year.buddhistYear())));
		titles.add(texts.get("reports.ap.col.total"));
		List<List<Cell>> rows = new ArrayList<>();
		for (String category : project.categories()) {
			List<Cell> row = new ArrayList<>(List.of(Cell.text(category)));
			years.forEach(year -> row.add(money(project.asked().get(year).getOrDefault(category, Baht.ZERO), false)));
			row.add(money(project.category(category), false));
			rows.add(row);
		}
		List<Cell> totals = new ArrayList<>(List.of(Cell.bold(texts.get("reports.ap.col.total"))));
		years.forEach(year -> totals.add(money(project.amount(year), true)));
		totals.add(money(project.total(), true));
		rows.add(totals);
		return table(texts.get("reports.ap.form.categoryTable", sourceName), columns, titles, rows);
	}

	private static Table table(String caption, List<Column> columns, List<String> titles, List<List<Cell>> rows) {
		Table simple = Table.simple(caption, columns, titles, rows);
		return new Table(caption, columns, simple.headerRows(), rows, true);
	}

	private static Cell money(Baht amount, boolean bold) {
		Cell cell = Cell.number(amount.toBigDecimal(), NumberStyle.BAHT);
		return bold ? cell.withBold() : cell;
	}
}
