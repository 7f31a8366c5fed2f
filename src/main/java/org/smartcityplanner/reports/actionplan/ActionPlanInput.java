package org.smartcityplanner.reports.actionplan;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * What the action-plan publications print, taken from the adopted fiscal-year action plan: one row per project
 * and fiscal year, with the names already in the publication's language.
 *
 * @param provinceName the province's name
 * @param categories   budget categories (expense types), in reference order
 * @param sources      budget sources, in reference order
 * @param rows         the action plan's items, by fiscal year then plan order
 * @param madeOn       the day the files are made (printed as a B.E. date)
 */
public record ActionPlanInput(String provinceName, List<Named> categories, List<Named> sources, List<PlanRow> rows,
		LocalDate madeOn) {

	public ActionPlanInput {
		categories = List.copyOf(categories);
		sources = List.copyOf(sources);
		rows = List.copyOf(rows);
		Objects.requireNonNull(madeOn, "madeOn");
	}

	/** A reference code with its name. */
	public record Named(String code, String name) {
	}

	/**
	 * One project in one fiscal year.
	 *
	 * @param year           the fiscal year
	 * @param projectId      the plan project's id
	 * @param name           project name
	 * @param dimension      smart dimension's name
	 * @param agency         responsible agency
	 * @param costByCategory the project's cost in this year per budget category code (from its budget sheet)
	 * @param funding        this year's funding per budget source code (from the action plan)
	 */
	public record PlanRow(FiscalYear year, String projectId, String name, String dimension, String agency,
			Map<String, Baht> costByCategory, Map<String, Baht> funding) {

		public PlanRow {
			costByCategory = Collections.unmodifiableMap(new LinkedHashMap<>(costByCategory));
			funding = Collections.unmodifiableMap(new LinkedHashMap<>(funding));
		}

		public Baht cost(String category) {
			return costByCategory.getOrDefault(category, Baht.ZERO);
		}

		public Baht funding(String source) {
			return funding.getOrDefault(source, Baht.ZERO);
		}
	}

	/** The fiscal years that have items, earliest first. */
	public List<FiscalYear> years() {
		return List.copyOf(new TreeSet<>(rows.stream().map(PlanRow::year).toList()));
	}

	/** The sources that fund at least one item, in reference order. */
	public List<Named> fundingSources() {
		return sources.stream()
			.filter(source -> rows.stream().anyMatch(row -> row.funding(source.code()).satang() > 0))
			.toList();
	}

	/** The budget categories with a cost in at least one item, in reference order (the others are left out). */
	public List<Named> costedCategories() {
		return categories.stream()
			.filter(category -> rows.stream().anyMatch(row -> row.cost(category.code()).satang() > 0))
			.toList();
	}

	public List<PlanRow> rowsOf(FiscalYear year) {
		return rows.stream().filter(row -> row.year().equals(year)).toList();
	}

	public List<PlanRow> rowsFundedBy(String source) {
		return rows.stream().filter(row -> row.funding(source).satang() > 0).toList();
	}

	/** What one source gives in one year over all items. */
	public Baht funding(FiscalYear year, String source) {
		return rowsOf(year).stream().map(row -> row.funding(source)).reduce(Baht.ZERO, Baht::plus);
	}
}
