package org.smartcityplanner.plan.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.smartcityplanner.shared.FiscalYear;

/**
 * A key performance indicator of a goal or project, with a target for each fiscal year.
 *
 * @param id stable item id
 * @param ownerId the goal or project the KPI measures
 * @param indicatorCode the library indicator it uses, e.g. {@code IND-ENV-01}, or {@code null} for a custom one
 * @param name what is measured
 * @param unit its unit
 * @param baseline where it starts, or {@code null} while unknown
 * @param targets target value per fiscal year
 * @param nameEn what is measured, in English for the English book; empty when not translated
 */
public record Kpi(ItemId id, ItemId ownerId, String indicatorCode, String name, String unit, Baseline baseline,
		Map<FiscalYear, BigDecimal> targets, String nameEn) {

	/** A KPI without an English name. */
	public Kpi(ItemId id, ItemId ownerId, String indicatorCode, String name, String unit, Baseline baseline,
			Map<FiscalYear, BigDecimal> targets) {
		this(id, ownerId, indicatorCode, name, unit, baseline, targets, "");
	}

	public Kpi {
		nameEn = nameEn == null ? "" : nameEn.strip();
		unit = unit == null ? "" : unit;
		TreeMap<FiscalYear, BigDecimal> normalized = new TreeMap<>();
		if (targets != null) {
			targets.forEach((year, value) -> {
				if (year != null && value != null) {
					normalized.put(year, Decimals.normalize(value));
				}
			});
		}
		targets = java.util.Collections.unmodifiableMap(normalized);
	}
}
