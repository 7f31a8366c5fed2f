package org.smartcityplanner.plan.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * A project under a strategy.
 *
 * @param id stable item id
 * @param name project name
 * @param rationale why (หลักการและเหตุผล)
 * @param objectives what it sets out to do
 * @param targetAreaIds the target areas it serves (profile module ids)
 * @param leadAgency the agency responsible
 * @param partners partner agencies
 * @param startYear first fiscal year, or {@code null} while unknown
 * @param endYear last fiscal year, or {@code null} while unknown
 * @param budget estimated budget per fiscal year
 * @param estimatedTotal the total the proposers state, checked against the yearly budget; may be {@code null}
 * @param outputs expected outputs (ผลผลิต)
 * @param outcomes expected outcomes (ผลลัพธ์)
 * @param alignment what it is aligned with
 * @param nameEn the project's name in English for the English book, empty when not translated
 */
public record Project(ItemId id, String name, String rationale, String objectives, Set<Long> targetAreaIds,
		String leadAgency, List<String> partners, FiscalYear startYear, FiscalYear endYear,
		Map<FiscalYear, Baht> budget, Baht estimatedTotal, String outputs, String outcomes, Alignment alignment,
		String nameEn) {

	/** A project without an English name. */
	public Project(ItemId id, String name, String rationale, String objectives, Set<Long> targetAreaIds,
			String leadAgency, List<String> partners, FiscalYear startYear, FiscalYear endYear,
			Map<FiscalYear, Baht> budget, Baht estimatedTotal, String outputs, String outcomes, Alignment alignment) {
		this(id, name, rationale, objectives, targetAreaIds, leadAgency, partners, startYear, endYear, budget,
				estimatedTotal, outputs, outcomes, alignment, "");
	}

	public Project {
		nameEn = nameEn == null ? "" : nameEn.strip();
		rationale = rationale == null ? "" : rationale;
		objectives = objectives == null ? "" : objectives;
		leadAgency = leadAgency == null ? "" : leadAgency;
		outputs = outputs == null ? "" : outputs;
		outcomes = outcomes == null ? "" : outcomes;
		targetAreaIds = targetAreaIds == null ? Set.of() : Set.copyOf(targetAreaIds);
		partners = partners == null ? List.of() : List.copyOf(partners);
		// a year without an amount is no budget line; money never silently becomes zero
		TreeMap<FiscalYear, Baht> lines = new TreeMap<>();
		if (budget != null) {
			budget.forEach((year, amount) -> {
				if (year != null && amount != null) {
					lines.put(year, amount);
				}
			});
		}
		budget = java.util.Collections.unmodifiableMap(lines);
		alignment = alignment == null ? Alignment.NONE : alignment;
	}

	/** The sum of the yearly budget. */
	public Baht budgetTotal() {
		return budget.values().stream().reduce(Baht.ZERO, Baht::plus);
	}
}
