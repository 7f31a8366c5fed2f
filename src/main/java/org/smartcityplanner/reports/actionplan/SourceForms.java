package org.smartcityplanner.reports.actionplan;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.smartcityplanner.reports.actionplan.ActionPlanInput.Named;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * The proposal forms of one budget source: every project of the adopted action plan it funds, with the fields
 * the source requires and what is asked of this source per fiscal year and budget category.
 *
 * @param provinceName the province's name
 * @param source       the budget source
 * @param projects     the projects, in plan order
 * @param madeOn       the day the file is made
 */
public record SourceForms(String provinceName, Named source, List<ProjectForm> projects, LocalDate madeOn) {

	public SourceForms {
		projects = List.copyOf(projects);
	}

	/** The fiscal years in which this source funds at least one project, earliest first. */
	public List<FiscalYear> years() {
		TreeSet<FiscalYear> years = new TreeSet<>();
		projects.forEach(project -> years.addAll(project.asked().keySet()));
		return List.copyOf(years);
	}

	/** What the source is asked for over all projects and years. */
	public Baht total() {
		return projects.stream().map(ProjectForm::total).reduce(Baht.ZERO, Baht::plus);
	}

	/** What the source is asked for in one year over all projects. */
	public Baht total(FiscalYear year) {
		return projects.stream().map(project -> project.amount(year)).reduce(Baht.ZERO, Baht::plus);
	}

	/**
	 * One project's form.
	 *
	 * @param name   project name
	 * @param areas  the names of the target areas it serves, blank for none
	 * @param agency the responsible agency
	 * @param fields the source's required fields in its order: label and value (blank when nobody filled it); the
	 *               budget by category is not one of them, it is {@code asked}
	 * @param asked  what the project asks of this source per fiscal year, then per budget category name (in
	 *               reference order); each year's amounts add up to that year's funding from this source
	 */
	public record ProjectForm(String name, String areas, String agency, List<Field> fields,
			Map<FiscalYear, Map<String, Baht>> asked) {

		public ProjectForm {
			fields = List.copyOf(fields);
			TreeMap<FiscalYear, Map<String, Baht>> sorted = new TreeMap<>();
			asked.forEach((year, byCategory) -> sorted.put(year,
					Collections.unmodifiableMap(new LinkedHashMap<>(byCategory))));
			asked = Collections.unmodifiableMap(sorted);
		}

		/** What is asked in one year over all categories. */
		public Baht amount(FiscalYear year) {
			return asked.getOrDefault(year, Map.of()).values().stream().reduce(Baht.ZERO, Baht::plus);
		}

		/** What is asked for one category over all years. */
		public Baht category(String category) {
			return asked.values().stream().map(byCategory -> byCategory.getOrDefault(category, Baht.ZERO))
				.reduce(Baht.ZERO, Baht::plus);
		}

		/** The categories asked for in any year, in the order first met (reference order per year). */
		public List<String> categories() {
			java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
			asked.values().forEach(byCategory -> names.addAll(byCategory.keySet()));
			return List.copyOf(names);
		}

		public Baht total() {
			return asked.keySet().stream().map(this::amount).reduce(Baht.ZERO, Baht::plus);
		}
	}

	/** A form field's label and value. */
	public record Field(String label, String value) {
	}
}
