package org.smartcityplanner.actionplan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * The budget form as typed: one field per fiscal year and category ({@code line_2570_OPERATING}) and one per
 * source ({@code split_PROV}). Kept as text so a refused form comes back exactly as typed.
 */
final class BudgetForm {

	private final Map<String, String> values;

	BudgetForm(Map<String, String> values) {
		this.values = values;
	}

	static String lineField(int year, String category) {
		return "line_" + year + "_" + category;
	}

	static String splitField(String source) {
		return "split_" + source;
	}

	/** The form of a saved sheet. */
	static BudgetForm of(BudgetSheet sheet) {
		Map<String, String> values = new LinkedHashMap<>();
		MoneyFormat money = new MoneyFormat();
		sheet.lines().forEach((year, row) -> row.forEach((category, amount) -> values
			.put(lineField(year.buddhistYear(), category), money.baht(amount))));
		sheet.split().forEach((source, amount) -> values.put(splitField(source), money.baht(amount)));
		return new BudgetForm(values);
	}

	public String value(String field) {
		return values.getOrDefault(field, "");
	}

	/** Reads the sheet; a field that is not money is refused naming it. */
	BudgetSheet toSheet(List<Integer> years, List<ReferenceItem> categories, List<ReferenceItem> sources) {
		Map<FiscalYear, Map<String, Baht>> lines = new TreeMap<>();
		for (int year : years) {
			for (ReferenceItem category : categories) {
				Baht amount = Baht.parse(values.get(lineField(year, category.code())), year + " " + category.code());
				if (amount != null && amount.satang() != 0) {
					lines.computeIfAbsent(new FiscalYear(year), y -> new LinkedHashMap<>()).put(category.code(), amount);
				}
				else if (amount != null && amount.satang() == 0) {
					lines.computeIfAbsent(new FiscalYear(year), y -> new LinkedHashMap<>());
				}
			}
		}
		Map<String, Baht> split = new LinkedHashMap<>();
		for (ReferenceItem source : sources) {
			Baht amount = Baht.parse(values.get(splitField(source.code())), source.code());
			if (amount != null && amount.satang() != 0) {
				split.put(source.code(), amount);
			}
		}
		return new BudgetSheet(lines, split);
	}
}
