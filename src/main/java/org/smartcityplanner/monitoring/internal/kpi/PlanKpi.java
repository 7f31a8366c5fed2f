package org.smartcityplanner.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.smartcityplanner.monitoring.domain.kpi.Direction;
import org.smartcityplanner.monitoring.domain.kpi.UnitKind;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.shared.FiscalYear;

/**
 * A KPI of the approved plan as follow-up sees it.
 *
 * @param id the plan's item id
 * @param name what is measured, in Thai
 * @param nameEn in English, empty when not translated
 * @param unit the unit as the plan writes it
 * @param unitKind what values the unit accepts
 * @param direction which way it improves
 * @param baseline the baseline value, or {@code null}
 * @param targets target per fiscal year
 */
public record PlanKpi(String id, String name, String nameEn, String unit, UnitKind unitKind, Direction direction,
		BigDecimal baseline, Map<FiscalYear, BigDecimal> targets) {

	static PlanKpi of(Kpi kpi) {
		BigDecimal baseline = kpi.baseline() == null ? null : kpi.baseline().value();
		return new PlanKpi(kpi.id().value(), kpi.name(), kpi.nameEn(), kpi.unit(), UnitKind.of(kpi.unit()),
				Direction.of(baseline, kpi.targets()), baseline, kpi.targets());
	}

	/** The name in the page's language (Thai when there is no English one). */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
	}

	/** The target of a fiscal year, or {@code null}. */
	public BigDecimal targetIn(FiscalYear year) {
		return targets.get(year);
	}
}
