package org.smartcityplanner.reports.book;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.smartcityplanner.documents.BahtText;
import org.smartcityplanner.documents.Block;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.NumberStyle;
import org.smartcityplanner.documents.NumberText;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Section 12.1 of the book, the budget by source: what the adopted fiscal-year action plan gives each project
 * from each budget source, summed per source and fiscal year (the years the plan's items fall in, so a project
 * the optimiser moved counts in the years it was moved to), with the grand total in figures and words.
 */
public final class BudgetBySource {

	/** The book's slot for this section among the contributed blocks. */
	public static final String KEY = "budgetBySource";

	private final Map<String, String> sourceNames = new LinkedHashMap<>();
	private final Map<String, Map<FiscalYear, Baht>> amounts = new LinkedHashMap<>();
	private final TreeSet<FiscalYear> years = new TreeSet<>();
	private final java.util.Set<String> projects = new java.util.HashSet<>();

	/**
	 * @param sources every budget source code with its name in the book's language, in reference order (the
	 *                table keeps this order and leaves out the sources that give nothing)
	 */
	public BudgetBySource(Map<String, String> sources) {
		sourceNames.putAll(sources);
	}

	/** Adds one action-plan item: a project's funding per source in one fiscal year. */
	public BudgetBySource add(String projectId, FiscalYear year, Map<String, Baht> funding) {
		funding.forEach((source, amount) -> {
			if (amount.satang() > 0 && sourceNames.containsKey(source)) {
				amounts.computeIfAbsent(source, code -> new TreeMap<>()).merge(year, amount, Baht::plus);
				years.add(year);
				projects.add(projectId);
			}
		});
		return this;
	}

	public boolean isEmpty() {
		return amounts.isEmpty();
	}

	/** The section's paragraph and table; empty when no action plan has been adopted. */
	public List<Block> blocks(BookTexts texts) {
		if (isEmpty()) {
			return List.of();
		}
		Baht total = amounts.values().stream().flatMap(byYear -> byYear.values().stream()).reduce(Baht.ZERO, Baht::plus);
		String words = texts.language() == DocumentLanguage.THAI ? "(" + BahtText.thai(total) + ")" : "";
		List<Block> blocks = new ArrayList<>();
		blocks.add(Paragraph.of(texts.get("book.budget.bySourceIntro", projects.size(),
				NumberText.baht(total, false), words)));
		blocks.add(table(texts, total));
		return blocks;
	}

	private Table table(BookTexts texts, Baht total) {
		List<Column> columns = new ArrayList<>(List.of(Column.left(3)));
		years.forEach(year -> columns.add(Column.right(2.2)));
		columns.add(Column.right(2.6));
		List<Cell> top = List.of(Cell.header(texts.get("book.budget.source"), 1, 2),
				Cell.header(texts.get("book.budget.years"), years.size(), 1),
				Cell.header(texts.get("book.budget.sum"), 1, 2));
		List<Cell> second = years.stream().map(year -> Cell.header(String.valueOf(year.buddhistYear()), 1, 1)).toList();
		List<List<Cell>> rows = new ArrayList<>();
		Map<FiscalYear, Baht> byYear = new TreeMap<>();
		sourceNames.forEach((code, name) -> {
			Map<FiscalYear, Baht> ofSource = amounts.get(code);
			if (ofSource == null) {
				return;
			}
			List<Cell> row = new ArrayList<>(List.of(Cell.text(name)));
			years.forEach(year -> {
				Baht amount = ofSource.getOrDefault(year, Baht.ZERO);
				byYear.merge(year, amount, Baht::plus);
				row.add(money(amount));
			});
			row.add(money(ofSource.values().stream().reduce(Baht.ZERO, Baht::plus)));
			rows.add(row);
		});
		List<Cell> totals = new ArrayList<>(List.of(Cell.bold(texts.get("book.budget.sum"))));
		years.forEach(year -> totals.add(money(byYear.getOrDefault(year, Baht.ZERO))));
		totals.add(money(total));
		rows.add(totals);
		return new Table(texts.get("book.budget.sourceTable"), columns, List.of(top, second), rows, true);
	}

	/** Whole baht, as the chapter's other table: five years of satang do not fit a line (the total in words is exact). */
	private static Cell money(Baht amount) {
		return Cell.number(amount.toBigDecimal(), NumberStyle.INTEGER);
	}
}
