package org.smartcityplanner.monitoring.internal.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.monitoring.KpiStatus;
import org.smartcityplanner.monitoring.domain.kpi.Thresholds;
import org.smartcityplanner.monitoring.internal.period.PeriodService;
import org.smartcityplanner.monitoring.internal.period.ReportingPeriod;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;

/** What the follow-up pages read: an owner's due updates, a period's review, a KPI's history. */
@Service
public class FollowUpQueries {

	private final PlanKpis kpis;
	private final OwnerStore owners;
	private final ValueStore values;
	private final ThresholdStore thresholds;
	private final PeriodService periods;
	private final IdentityApi identity;

	FollowUpQueries(PlanKpis kpis, OwnerStore owners, ValueStore values, ThresholdStore thresholds,
			PeriodService periods, IdentityApi identity) {
		this.kpis = kpis;
		this.owners = owners;
		this.values = values;
		this.thresholds = thresholds;
		this.periods = periods;
		this.identity = identity;
	}

	public Thresholds thresholds(ProvinceCode province) {
		return thresholds.of(province);
	}

	public Map<String, PlanKpi> kpis(ProvinceCode province) {
		return kpis.of(province);
	}

	/** The KPIs {@code userId} owns, in every open period of the province. */
	public List<DueUpdate> dueUpdates(ProvinceCode province, long userId) {
		Map<String, PlanKpi> planKpis = kpis.of(province);
		List<KpiOwner> mine = owners.ownersOf(province).values().stream()
			.filter(owner -> owner.userId() == userId && planKpis.containsKey(owner.kpiId())).toList();
		List<DueUpdate> due = new ArrayList<>();
		for (ReportingPeriod period : periods.periods(province)) {
			if (!period.isOpen() || mine.isEmpty()) {
				continue;
			}
			Map<String, KpiValue> reported = byKpi(values.ofPeriod(province, period.id()));
			for (KpiOwner owner : mine) {
				PlanKpi kpi = planKpis.get(owner.kpiId());
				due.add(new DueUpdate(period, kpi, owner, kpi.targetIn(period.quarter().year()),
						reported.get(kpi.id())));
			}
		}
		return due;
	}

	/** Every KPI of the plan in one period, reported or not. */
	public List<ReviewRow> review(ProvinceCode province, long periodId) {
		ReportingPeriod period = periods.period(province, periodId);
		Map<String, KpiOwner> ownerOf = owners.ownersOf(province);
		Map<String, KpiValue> reported = byKpi(values.ofPeriod(province, periodId));
		Thresholds limits = thresholds.of(province);
		Map<Long, String> names = new HashMap<>();
		List<ReviewRow> rows = new ArrayList<>();
		for (PlanKpi kpi : kpis.of(province).values()) {
			KpiOwner owner = ownerOf.get(kpi.id());
			String name = owner == null ? "" : names.computeIfAbsent(owner.userId(), this::displayName);
			KpiValue value = reported.get(kpi.id());
			var target = kpi.targetIn(period.quarter().year());
			KpiStatus status = value == null || target == null ? null
					: limits.statusOf(value.actual(), target, kpi.direction());
			rows.add(new ReviewRow(kpi, owner, name, target, value, status));
		}
		return rows;
	}

	/** A KPI's target and value in every period, oldest first. */
	public List<HistoryPoint> history(ProvinceCode province, String kpiId) {
		PlanKpi kpi = kpis.require(province, kpiId);
		Thresholds limits = thresholds.of(province);
		Map<Long, KpiValue> byPeriod = new HashMap<>();
		values.ofProvince(province, false).stream().filter(value -> value.kpiId().equals(kpiId))
			.forEach(value -> byPeriod.put(value.periodId(), value));
		List<HistoryPoint> points = new ArrayList<>();
		for (ReportingPeriod period : periods.periods(province)) {
			var target = kpi.targetIn(period.quarter().year());
			KpiValue value = byPeriod.get(period.id());
			KpiStatus status = value == null || !value.approved() || target == null ? null
					: limits.statusOf(value.actual(), target, kpi.direction());
			points.add(new HistoryPoint(period, target, value, status));
		}
		return points;
	}

	public String displayName(long userId) {
		return identity.user(userId).map(UserSummary::displayName).orElse("");
	}

	public Optional<KpiOwner> owner(ProvinceCode province, String kpiId) {
		return Optional.ofNullable(owners.ownersOf(province).get(kpiId));
	}

	/** The provinces where the user owns KPIs, for the cross-province "my updates". */
	public List<ProvinceCode> provincesOwnedBy(long userId) {
		return owners.provincesOwnedBy(userId);
	}

	private static Map<String, KpiValue> byKpi(List<KpiValue> list) {
		Map<String, KpiValue> map = new HashMap<>();
		list.forEach(value -> map.put(value.kpiId(), value));
		return map;
	}
}
