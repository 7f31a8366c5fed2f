package org.smartcityplanner.monitoring.internal.renewal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcityplanner.monitoring.ApprovedKpiValue;
import org.smartcityplanner.monitoring.KpiStatus;
import org.smartcityplanner.monitoring.MonitoringApi;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * The plan's KPIs with their latest APPROVED value and standing from KPI follow-up ({@link MonitoringApi}): what
 * renewal readiness counts and the public progress page shows. A KPI without an approved value, or whose year has
 * no target to compare with, is {@code NOT_REPORTED}; submitted and returned values never come through.
 */
@Component
class ApprovedKpiStatusSource implements KpiStatusSource {

	private final PlanApi plans;
	private final MonitoringApi monitoring;

	ApprovedKpiStatusSource(PlanApi plans, MonitoringApi monitoring) {
		this.plans = plans;
		this.monitoring = monitoring;
	}

	@Override
	public List<KpiStanding> standings(ProvinceCode province) {
		return plans.plan(province).map(plan -> {
			PlanDocument document = plan.document();
			Map<ItemId, String> dimensionOf = dimensions(document);
			Map<String, org.smartcityplanner.monitoring.KpiStanding> standings = monitoring.standings(province)
				.stream()
				.collect(Collectors.toMap(org.smartcityplanner.monitoring.KpiStanding::kpiId, Function.identity(),
						(first, second) -> first));
			Map<String, ApprovedKpiValue> latest = latestApproved(monitoring.approvedValues(province));
			return document.kpis().stream().map(kpi -> {
				var standing = standings.get(kpi.id().value());
				ApprovedKpiValue value = latest.get(kpi.id().value());
				return new KpiStanding(kpi.id().value(), dimensionOf.getOrDefault(kpi.ownerId(), ""), kpi.name(),
						kpi.nameEn(), kpi.unit(), kpi.targets(), value == null ? null : value.value(),
						value == null ? null : "Q" + value.quarter() + "/" + value.year(),
						value == null ? null : value.source(), state(standing));
			}).toList();
		}).orElse(List.of());
	}

	private static KpiStanding.KpiState state(org.smartcityplanner.monitoring.KpiStanding standing) {
		if (standing == null || standing.status() == null) {
			return KpiStanding.KpiState.NOT_REPORTED;
		}
		KpiStatus status = standing.status();
		return switch (status) {
			case ON_TRACK -> KpiStanding.KpiState.ON_TRACK;
			case AT_RISK -> KpiStanding.KpiState.AT_RISK;
			case OFF_TRACK -> KpiStanding.KpiState.OFF_TRACK;
		};
	}

	private static Map<String, ApprovedKpiValue> latestApproved(List<ApprovedKpiValue> values) {
		java.util.Comparator<ApprovedKpiValue> byPeriod = java.util.Comparator.comparing(ApprovedKpiValue::year)
			.thenComparingInt(ApprovedKpiValue::quarter);
		return values.stream().collect(Collectors.toMap(ApprovedKpiValue::kpiId, Function.identity(),
				(a, b) -> byPeriod.compare(a, b) >= 0 ? a : b));
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
