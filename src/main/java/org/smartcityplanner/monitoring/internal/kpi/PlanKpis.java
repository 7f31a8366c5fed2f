package org.smartcityplanner.monitoring.internal.kpi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.monitoring.internal.period.ApprovedPlans;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/** The KPIs of a province's approved plan, in the plan's order; none while the plan is not approved. */
@Component
class PlanKpis {

	private final ApprovedPlans plans;

	PlanKpis(ApprovedPlans plans) {
		this.plans = plans;
	}

	Map<String, PlanKpi> of(ProvinceCode province) {
		Map<String, PlanKpi> kpis = new LinkedHashMap<>();
		plans.of(province).ifPresent(plan -> plan.document().kpis()
			.forEach(kpi -> kpis.put(kpi.id().value(), PlanKpi.of(kpi))));
		return kpis;
	}

	/** @throws org.smartcityplanner.shared.NotInProvinceException unless the approved plan has the KPI */
	PlanKpi require(ProvinceCode province, String kpiId) {
		return InProvince.require(Optional.ofNullable(of(province).get(kpiId)), "kpiId", kpiId);
	}
}
