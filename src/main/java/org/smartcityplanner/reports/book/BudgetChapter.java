package org.smartcityplanner.reports.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.smartcityplanner.documents.BahtText;
import org.smartcityplanner.documents.EnglishBahtText;
import org.smartcityplanner.documents.BarChart;
import org.smartcityplanner.documents.Block;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.NumberStyle;
import org.smartcityplanner.documents.NumberText;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Chapter 12: the budget by smart dimension and fiscal year (landscape), its total in words, a chart by year.
 * 12.1, the split by budget source, is the adopted action plan's ({@link BudgetBySource}); until a plan is adopted it
 * shows the placeholder.
 */
final class BudgetChapter implements Chapter {

	@Override
	public void write(DocumentModel.Builder book, BookParts parts) {
		book.heading(1, parts.t("book.ch.budget"));
		List<FiscalYear> years = parts.input().plan().period().years();
		Map<String, Map<FiscalYear, Baht>> byDimension = new TreeMap<>();
		Map<FiscalYear, Baht> byYear = new TreeMap<>();
		for (Goal goal : parts.input().plan().goals()) {
			for (var strategy : goal.strategies()) {
				for (Project project : strategy.projects()) {
					project.budget().forEach((year, amount) -> {
						byDimension.computeIfAbsent(goal.dimension(), d -> new TreeMap<>()).merge(year, amount, Baht::plus);
						byYear.merge(year, amount, Baht::plus);
					});
				}
			}
		}
		Baht total = byYear.values().stream().reduce(Baht.ZERO, Baht::plus);
		book.paragraph(parts.t("book.budget.total", NumberText.baht(total, parts.texts().thaiNumerals()),
				"(" + (parts.texts().language() == DocumentLanguage.THAI ? BahtText.thai(total)
						: EnglishBahtText.of(total)) + ")"));
		book.add(new BarChart(parts.t("book.budget.chart"),
				years.stream().map(year -> String.valueOf(BookCalendar.year(year, parts.texts().language()))).toList(),
				years.stream().map(year -> millions(byYear.getOrDefault(year, Baht.ZERO))).toList(), NumberStyle.DECIMAL,
				parts.texts().thaiNumerals()).toImage(14));
		book.landscape();
		book.add(table(parts, years, byDimension, byYear, total));
		// 12.1 prints the adopted action plan by source; until a plan is adopted, the placeholder
		book.heading(2, parts.t("book.budget.bySource"));
		List<Block> bySource = parts.input().contributedChapters().getOrDefault(BudgetBySource.KEY, List.of());
		if (bySource.isEmpty()) {
			book.add(parts.placeholder());
		}
		bySource.forEach(book::add);
		book.portrait();
	}

	private static BigDecimal millions(Baht amount) {
		return amount.toBigDecimal().movePointLeft(6);
	}

	private static Table table(BookParts parts, List<FiscalYear> years, Map<String, Map<FiscalYear, Baht>> byDimension,
			Map<FiscalYear, Baht> byYear, Baht total) {
		List<Column> columns = new ArrayList<>(List.of(Column.left(4)));
		years.forEach(year -> columns.add(Column.right(2)));
		columns.add(Column.right(2.2));
		List<Cell> top = new ArrayList<>(List.of(Cell.header(parts.t("book.budget.dimension"), 1, 2),
				Cell.header(parts.t("book.budget.years"), years.size(), 1), Cell.header(parts.t("book.budget.sum"), 1, 2)));
		List<Cell> second = years.stream().map(year -> Cell.header(String.valueOf(BookCalendar.year(year, parts.texts().language())), 1, 1)).toList();
		List<ReferenceItem> dimensions = new ArrayList<>(parts.references(ReferenceKind.SMART_DIMENSION));
		dimensions.sort(Comparator.comparingInt(ReferenceItem::sortOrder));
		List<List<Cell>> rows = new ArrayList<>();
		for (ReferenceItem dimension : dimensions) {
			Map<FiscalYear, Baht> amounts = byDimension.getOrDefault(dimension.code(), Map.of());
			List<Cell> row = new ArrayList<>(List.of(Cell.text(dimension.name().in(parts.texts().locale()))));
			years.forEach(year -> row.add(money(amounts.getOrDefault(year, Baht.ZERO))));
			row.add(money(amounts.values().stream().reduce(Baht.ZERO, Baht::plus)));
			rows.add(row);
		}
		List<Cell> totals = new ArrayList<>(List.of(Cell.bold(parts.t("book.budget.sum"))));
		years.forEach(year -> totals.add(money(byYear.getOrDefault(year, Baht.ZERO))));
		totals.add(money(total));
		rows.add(totals);
		return new Table(parts.t("book.budget.table"), columns, List.of(top, second), rows, true);
	}

	private static Cell money(Baht amount) {
		return BookParts.money(amount);
	}
}
