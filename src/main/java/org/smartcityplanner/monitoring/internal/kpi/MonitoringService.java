package org.smartcityplanner.monitoring.internal.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcityplanner.monitoring.ApprovedKpiValue;
import org.smartcityplanner.monitoring.KpiStanding;
import org.smartcityplanner.monitoring.MonitoringApi;
import org.smartcityplanner.monitoring.domain.kpi.Thresholds;
import org.smartcityplanner.monitoring.internal.period.PeriodStore;
import org.smartcityplanner.monitoring.internal.period.ReportingPeriod;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;

/** The module's public reading: approved values only. */
@Service
class MonitoringService implements MonitoringApi {

	private final ValueStore values;
	private final PeriodStore periods;
	private final PlanKpis kpis;
	private final ThresholdStore thresholds;

	MonitoringService(ValueStore values, PeriodStore periods, PlanKpis kpis, ThresholdStore thresholds) {
		this.values = values;
		this.periods = periods;
		this.kpis = kpis;
		this.thresholds = thresholds;
	}

	@Override
	public List<ApprovedKpiValue> approvedValues(ProvinceCode province) {
		Map<Long, ReportingPeriod> byId = periods.periodsOf(province).stream()
			.collect(Collectors.toMap(ReportingPeriod::id, Function.identity()));
		List<ApprovedKpiValue> approved = new ArrayList<>();
		for (KpiValue value : values.ofProvince(province, true)) {
			ReportingPeriod period = byId.get(value.periodId());
			approved.add(new ApprovedKpiValue(value.kpiId(), period.quarter().year(), period.quarter().number(),
					value.actual(), value.source(), value.decidedAt()));
		}
		approved.sort(Comparator.comparing(ApprovedKpiValue::kpiId).thenComparing(ApprovedKpiValue::year)
			.thenComparingInt(ApprovedKpiValue::quarter));
		return approved;
	}

	@Override
	public List<ApprovedKpiValue> approvedValues(ProvinceCode province, String kpiId) {
		return approvedValues(province).stream().filter(value -> value.kpiId().equals(kpiId)).toList();
	}

	@Override
	public List<KpiStanding> standings(ProvinceCode province) {
		Map<String, ApprovedKpiValue> latest = new LinkedHashMap<>();
		approvedValues(province).forEach(value -> latest.put(value.kpiId(), value)); // sorted: last one wins
		Thresholds limits = thresholds.of(province);
		List<KpiStanding> standings = new ArrayList<>();
		kpis.of(province).values().forEach(kpi -> {
			ApprovedKpiValue value = latest.get(kpi.id());
			if (value != null) {
				var target = kpi.targetIn(value.year());
				standings.add(new KpiStanding(kpi.id(), value.year(), value.quarter(), value.value(), target,
						target == null ? null : limits.statusOf(value.value(), target, kpi.direction())));
			}
		});
		return standings;
	}
}
