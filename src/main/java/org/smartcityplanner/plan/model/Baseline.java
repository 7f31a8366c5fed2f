package org.smartcityplanner.plan.model;

import java.math.BigDecimal;

import org.smartcityplanner.shared.FiscalYear;

/**
 * Where a KPI starts from.
 *
 * @param value the measured value
 * @param year the fiscal year it was measured in
 * @param source where the figure comes from (agency, survey, dataset)
 */
public record Baseline(BigDecimal value, FiscalYear year, String source) {

	public Baseline {
		value = Decimals.normalize(value);
	}
}
