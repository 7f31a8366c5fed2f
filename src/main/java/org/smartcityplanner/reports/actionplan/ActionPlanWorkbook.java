package org.smartcityplanner.reports.actionplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.smartcityplanner.documents.Align;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.CellRefs;
import org.smartcityplanner.documents.CellValue;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentInfo;
import org.smartcityplanner.documents.NumberStyle;
import org.smartcityplanner.documents.Orientation;
import org.smartcityplanner.documents.PageSetup;
import org.smartcityplanner.documents.SheetModel;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.ThaiNumerals;
import org.smartcityplanner.documents.WorkbookModel;
import org.smartcityplanner.reports.actionplan.ActionPlanInput.Named;
import org.smartcityplanner.reports.actionplan.ActionPlanInput.PlanRow;
import org.smartcityplanner.reports.book.BookTexts;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * The action-plan workbook: a summary sheet (funding per fiscal year and budget source, every figure a live
 * formula reading the other sheets), one sheet per fiscal year and one per budget source listing the projects
 * with their cost per budget category and funding per source. Every total is a live SUM formula; the computed
 * value shown in other formats is the exact satang sum.
 */
public final class ActionPlanWorkbook {

	private static final int LEADING_COLUMNS = 4;

	private final ActionPlanInput input;
	private final BookTexts texts;
	private final List<Named> sources;
	private final List<Named> categories;
	private final Set<String> usedNames = new HashSet<>();

	private ActionPlanWorkbook(ActionPlanInput input, BookTexts texts) {
		this.input = input;
		this.texts = texts;
		this.sources = input.fundingSources();
		this.categories = input.costedCategories();
	}

	/** The workbook of {@code input} in the language of {@code texts}. */
	public static WorkbookModel build(ActionPlanInput input, BookTexts texts, Instant created) {
		return new ActionPlanWorkbook(input, texts).workbook(created);
	}

	private WorkbookModel workbook(Instant created) {
		String summaryName = sheetName(texts.get("reports.ap.sheet.summary"));
		List<SheetModel> detail = new ArrayList<>();
		List<String> yearSheets = new ArrayList<>();
		for (FiscalYear year : input.years()) {
			SheetModel sheet = projectSheet(sheetName(texts.get("reports.ap.sheet.year", year.buddhistYear())),
					texts.get("reports.ap.title.year", year.buddhistYear()), input.rowsOf(year), false);
			detail.add(sheet);
			yearSheets.add(sheet.name());
		}
		for (Named source : sources) {
			detail.add(projectSheet(sheetName(sourceSheetName(source)),
					texts.get("reports.ap.title.source", source.name()), input.rowsFundedBy(source.code()), true));
		}
		List<SheetModel> sheets = new ArrayList<>();
		sheets.add(summary(summaryName, yearSheets, detail));
		sheets.addAll(detail);
		DocumentInfo info = new DocumentInfo(texts.get("reports.ap.title", input.provinceName()), "", "",
				texts.language(), texts.thaiNumerals(), created, java.util.Map.of());
		return new WorkbookModel(info, PageSetup.TH_SARABUN_PSK, sheets);
	}

	private List<String> titleLines(String title) {
		return List.of(title, texts.get("reports.ap.subtitle", input.provinceName(),
				org.smartcityplanner.documents.ThaiDates.format(input.madeOn(), texts.language(), texts.thaiNumerals())));
	}

	/** Rows are fiscal years, columns sources; each cell reads the totals row of that year's sheet. */
	private SheetModel summary(String name, List<String> yearSheets, List<SheetModel> detail) {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.left(2));
		sources.forEach(source -> columns.add(Column.right(2)));
		columns.add(Column.right(2));
		List<Cell> header = new ArrayList<>();
		header.add(Cell.header(texts.get("reports.ap.col.year"), 1, 1));
		sources.forEach(source -> header.add(Cell.header(source.name(), 1, 1)));
		header.add(Cell.header(texts.get("reports.ap.col.total"), 1, 1));
		List<String> titles = titleLines(texts.get("reports.ap.title", input.provinceName()));
		int firstBody = firstBodyRow(name, titles, columns, List.of(header));
		List<List<Cell>> rows = new ArrayList<>();
		List<FiscalYear> years = input.years();
		for (int y = 0; y < years.size(); y++) {
			FiscalYear year = years.get(y);
			SheetModel yearSheet = detail.get(y);
			int rowNumber = firstBody + y;
			List<Cell> row = new ArrayList<>();
			row.add(new Cell(new CellValue.Number(BigDecimal.valueOf(year.buddhistYear()), NumberStyle.PLAIN), 1, 1,
					false, Align.LEFT));
			for (int s = 0; s < sources.size(); s++) {
				int column = fundingColumn(false, s);
				row.add(Cell.formula(CellRefs.onSheet(yearSheets.get(y), CellRefs.cell(column, yearSheet.lastBodyRow())),
						NumberStyle.BAHT, input.funding(year, sources.get(s).code()).toBigDecimal()));
			}
			Baht yearTotal = sources.stream().map(source -> input.funding(year, source.code()))
				.reduce(Baht.ZERO, Baht::plus);
			row.add(rowSum(1, sources.size(), rowNumber, yearTotal));
			rows.add(row);
		}
		if (!years.isEmpty()) {
			int last = firstBody + years.size() - 1;
			List<Cell> totals = new ArrayList<>();
			totals.add(Cell.bold(texts.get("reports.ap.col.total")));
			for (int c = 1; c <= sources.size() + 1; c++) {
				String code = c <= sources.size() ? sources.get(c - 1).code() : null;
				Baht total = code != null
						? sumOf(input.rows(), row -> row.funding(code))
						: sources.stream().map(source -> sumOf(input.rows(), row -> row.funding(source.code())))
							.reduce(Baht.ZERO, Baht::plus);
				totals.add(sum(CellRefs.range(c, firstBody, last), total));
			}
			rows.add(totals);
		}
		Table table = new Table("", columns, List.of(header), rows, !years.isEmpty());
		return new SheetModel(name, titles, table, Orientation.LANDSCAPE);
	}

	/** The projects of a fiscal year or of a source: cost per category and funding per source, with totals. */
	private SheetModel projectSheet(String name, String title, List<PlanRow> planRows, boolean withYear) {
		int lead = LEADING_COLUMNS + (withYear ? 1 : 0);
		List<Column> columns = new ArrayList<>();
		columns.add(Column.center(1));
		if (withYear) {
			columns.add(Column.center(1.5));
		}
		columns.add(Column.left(5));
		columns.add(Column.left(2.5));
		columns.add(Column.left(3.5));
		for (int i = 0; i < categories.size() + sources.size() + 2; i++) {
			columns.add(Column.right(3));
		}
		List<Cell> groups = new ArrayList<>();
		List<Cell> titlesRow = new ArrayList<>();
		groups.add(Cell.header(texts.get("reports.ap.col.no"), 1, 2));
		if (withYear) {
			groups.add(Cell.header(texts.get("reports.ap.col.year"), 1, 2));
		}
		groups.add(Cell.header(texts.get("reports.ap.col.project"), 1, 2));
		groups.add(Cell.header(texts.get("reports.ap.col.dimension"), 1, 2));
		groups.add(Cell.header(texts.get("reports.ap.col.agency"), 1, 2));
		groups.add(Cell.header(texts.get("reports.ap.col.costGroup"), categories.size() + 1, 1));
		groups.add(Cell.header(texts.get("reports.ap.col.fundingGroup"), sources.size() + 1, 1));
		categories.forEach(category -> titlesRow.add(Cell.header(category.name(), 1, 1)));
		titlesRow.add(Cell.header(texts.get("reports.ap.col.costTotal"), 1, 1));
		sources.forEach(source -> titlesRow.add(Cell.header(source.name(), 1, 1)));
		titlesRow.add(Cell.header(texts.get("reports.ap.col.fundingTotal"), 1, 1));
		List<List<Cell>> header = List.of(groups, titlesRow);
		List<String> titles = titleLines(title);
		int firstBody = firstBodyRow(name, titles, columns, header);
		int costTotalColumn = lead + categories.size();
		int fundingTotalColumn = costTotalColumn + 1 + sources.size();

		List<List<Cell>> rows = new ArrayList<>();
		for (int r = 0; r < planRows.size(); r++) {
			PlanRow planRow = planRows.get(r);
			int rowNumber = firstBody + r;
			List<Cell> row = new ArrayList<>();
			row.add(Cell.number(r + 1));
			if (withYear) {
				row.add(Cell.number(BigDecimal.valueOf(planRow.year().buddhistYear()), NumberStyle.PLAIN));
			}
			row.add(Cell.text(planRow.name()));
			row.add(Cell.text(planRow.dimension()));
			row.add(Cell.text(planRow.agency()));
			categories.forEach(category -> row.add(baht(planRow.cost(category.code()))));
			row.add(rowSum(lead, costTotalColumn - 1, rowNumber, sumOf(List.of(planRow),
					one -> categories.stream().map(category -> one.cost(category.code())).reduce(Baht.ZERO, Baht::plus))));
			sources.forEach(source -> row.add(baht(planRow.funding(source.code()))));
			row.add(rowSum(costTotalColumn + 1, fundingTotalColumn - 1, rowNumber,
					sources.stream().map(source -> planRow.funding(source.code())).reduce(Baht.ZERO, Baht::plus)));
			rows.add(row);
		}
		if (!planRows.isEmpty()) {
			int last = firstBody + planRows.size() - 1;
			List<Cell> totals = new ArrayList<>();
			totals.add(Cell.bold(texts.get("reports.ap.col.total")).withColSpan(lead));
			for (int c = lead; c <= fundingTotalColumn; c++) {
				totals.add(sum(CellRefs.range(c, firstBody, last), columnTotal(planRows, c, lead, costTotalColumn)));
			}
			rows.add(totals);
		}
		Table table = new Table("", columns, header, rows, !planRows.isEmpty());
		return new SheetModel(name, titles, table, Orientation.LANDSCAPE);
	}

	/** The exact total of a numeric column, computed here as the formula's cached value. */
	private Baht columnTotal(List<PlanRow> planRows, int column, int lead, int costTotalColumn) {
		if (column < costTotalColumn) {
			String category = categories.get(column - lead).code();
			return sumOf(planRows, row -> row.cost(category));
		}
		if (column == costTotalColumn) {
			return sumOf(planRows,
					row -> categories.stream().map(category -> row.cost(category.code())).reduce(Baht.ZERO, Baht::plus));
		}
		int source = column - costTotalColumn - 1;
		if (source < sources.size()) {
			String code = sources.get(source).code();
			return sumOf(planRows, row -> row.funding(code));
		}
		return sumOf(planRows,
				row -> sources.stream().map(named -> row.funding(named.code())).reduce(Baht.ZERO, Baht::plus));
	}

	private int fundingColumn(boolean withYear, int sourceIndex) {
		return LEADING_COLUMNS + (withYear ? 1 : 0) + categories.size() + 1 + sourceIndex;
	}

	private static int firstBodyRow(String name, List<String> titles, List<Column> columns, List<List<Cell>> header) {
		return new SheetModel(name, titles, new Table("", columns, header, List.of(), false), Orientation.LANDSCAPE)
			.firstBodyRow();
	}

	/** The sum of a row's cells; no cells (e.g. no source funds anything) sum to a literal zero. */
	private static Cell rowSum(int firstColumn, int lastColumn, int row, Baht shown) {
		if (lastColumn < firstColumn) {
			return Cell.formula("0", NumberStyle.BAHT, shown.toBigDecimal());
		}
		return sum(CellRefs.cell(firstColumn, row) + ":" + CellRefs.cell(lastColumn, row), shown);
	}

	private static Cell sum(String range, Baht shown) {
		return Cell.formula("SUM(" + range + ")", NumberStyle.BAHT, shown.toBigDecimal());
	}

	private static Cell baht(Baht amount) {
		return Cell.number(amount.toBigDecimal(), NumberStyle.BAHT);
	}

	private static Baht sumOf(List<PlanRow> rows, Function<PlanRow, Baht> amount) {
		return rows.stream().map(amount).reduce(Baht.ZERO, Baht::plus);
	}

	/**
	 * "PROV งบพัฒนาจังหวัด" when code and name fit a sheet tab (31 characters), else the code alone: a name cut
	 * at 31 characters would stop mid-word.
	 */
	static String sourceSheetName(Named source) {
		String full = SheetModel.safeName(source.code() + " " + source.name());
		return full.equals(source.code() + " " + source.name()) ? full : SheetModel.safeName(source.code());
	}

	private String sheetName(String raw) {
		// sheet tabs show digits too; formulas name the sheets as they are made here
		String base = SheetModel.safeName(ThaiNumerals.apply(raw, texts.thaiNumerals()));
		String name = base;
		for (int n = 2; !usedNames.add(name.toLowerCase(Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}
}
