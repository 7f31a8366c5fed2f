package org.smartcityplanner.monitoring.internal.renewal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * The KPIs of the plan with their targets and NO approved value: every KPI is {@code NOT_REPORTED}. This is the
 * interim source while the approved KPI values live on another branch of issue 19; it never invents a value, so
 * readiness counts no KPI as on track and the public page shows targets only. At merge it is replaced by a source
 * over the monitoring API's approved values and statuses (delete this class then).
 */
@Component
class PlanTargetsKpiStatusSource implements KpiStatusSource {

	private final PlanApi plans;

	PlanTargetsKpiStatusSource(PlanApi plans) {
		this.plans = plans;
	}

	@Override
	public List<KpiStanding> standings(ProvinceCode province) {
		return plans.plan(province).map(plan -> {
			PlanDocument document = plan.document();
			Map<ItemId, String> dimensionOf = dimensions(document);
			return document.kpis().stream().map(kpi -> new KpiStanding(kpi.id().value(),
					dimensionOf.getOrDefault(kpi.ownerId(), ""), kpi.name(), kpi.nameEn(), kpi.unit(), kpi.targets(),
					null, null, null, KpiStanding.KpiState.NOT_REPORTED)).toList();
		}).orElse(List.of());
	}

	/** Each goal and project id to the dimension of its goal. */
	static Map<ItemId, String> dimensions(PlanDocument document) {
		Map<ItemId, String> dimensionOf = new HashMap<>();
		for (Goal goal : document.goals()) {
			dimensionOf.put(goal.id(), goal.dimension());
			for (Strategy strategy : goal.strategies()) {
				for (Project project : strategy.projects()) {
					dimensionOf.put(project.id(), goal.dimension());
				}
			}
		}
		return dimensionOf;
	}
}
