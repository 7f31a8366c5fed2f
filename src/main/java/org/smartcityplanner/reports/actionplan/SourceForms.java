package org.smartcityplanner.reports.actionplan;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.smartcityplanner.reports.actionplan.ActionPlanInput.Named;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * The proposal forms of one budget source: every project of the adopted action plan it funds, with the fields
 * the source requires.
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

	/**
	 * One project's form.
	 *
	 * @param name    project name
	 * @param fields  the source's required fields in its order: label and value (blank when nobody filled it)
	 * @param amounts what the project asks of this source per fiscal year
	 */
	public record ProjectForm(String name, List<Field> fields, Map<FiscalYear, Baht> amounts) {

		public ProjectForm {
			fields = List.copyOf(fields);
			amounts = Collections.unmodifiableMap(new TreeMap<>(amounts));
		}

		public Baht total() {
			return amounts.values().stream().reduce(Baht.ZERO, Baht::plus);
		}
	}

	/** A form field's label and value. */
	public record Field(String label, String value) {
	}
}
