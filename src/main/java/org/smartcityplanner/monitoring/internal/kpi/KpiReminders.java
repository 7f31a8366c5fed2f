package org.smartcityplanner.monitoring.internal.kpi;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.smartcityplanner.monitoring.domain.kpi.ReminderStage;
import org.smartcityplanner.monitoring.domain.kpi.ValueStatus;
import org.smartcityplanner.monitoring.internal.period.PeriodStore;
import org.smartcityplanner.monitoring.internal.period.ReportingPeriod;
import org.smartcityplanner.notification.Notice;
import org.smartcityplanner.notification.NotificationApi;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * Reminds every owner of the KPIs they have not reported (nothing reported, or returned) in each open period whose
 * report is due in 14, 7 or 1 days or overdue: one in-app notice per owner, period and stage. The notice key names
 * all three, so running again the same day (or on a second node) posts nothing new.
 */
@Component
public class KpiReminders {

	private final PeriodStore periods;
	private final OwnerStore owners;
	private final ValueStore values;
	private final PlanKpis kpis;
	private final NotificationApi notifications;

	KpiReminders(PeriodStore periods, OwnerStore owners, ValueStore values, PlanKpis kpis,
			NotificationApi notifications) {
		this.periods = periods;
		this.owners = owners;
		this.values = values;
		this.kpis = kpis;
		this.notifications = notifications;
	}

	/** Sends what is due on {@code today}; returns how many notices were new. */
	public int send(LocalDate today) {
		int posted = 0;
		Map<ProvinceCode, Set<String>> planKpis = new TreeMap<>(java.util.Comparator.comparing(ProvinceCode::value));
		for (ReportingPeriod period : periods.openPeriods()) {
			Optional<ReminderStage> stage = ReminderStage.on(today, period.dueOn());
			if (stage.isEmpty()) {
				continue;
			}
			Set<String> inPlan = planKpis.computeIfAbsent(period.province(), p -> kpis.of(p).keySet());
			Set<String> reported = new HashSet<>();
			values.ofPeriod(period.province(), period.id()).stream()
				.filter(value -> value.status() != ValueStatus.RETURNED).forEach(value -> reported.add(value.kpiId()));
			Map<Long, Integer> missingByOwner = new TreeMap<>();
			owners.ownersOf(period.province()).values().stream()
				.filter(owner -> inPlan.contains(owner.kpiId()) && !reported.contains(owner.kpiId()))
				.forEach(owner -> missingByOwner.merge(owner.userId(), 1, Integer::sum));
			for (Map.Entry<Long, Integer> owner : missingByOwner.entrySet()) {
				if (notifications.post(notice(period, stage.get(), owner.getKey(), owner.getValue()))) {
					posted++;
				}
			}
		}
		return posted;
	}

	static Notice notice(ReportingPeriod period, ReminderStage stage, long userId, int missing) {
		String province = period.province().value();
		String key = "monitoring:" + province + ":period:" + period.id() + ":user:" + userId + ":" + stage.name();
		String messageKey = stage == ReminderStage.OVERDUE ? "monitoring.kpi.notice.overdue"
				: "monitoring.kpi.notice.due";
		LocalDate due = period.dueOn();
		String dueText = due.getDayOfMonth() + "/" + due.getMonthValue() + "/" + (due.getYear() + FiscalYear.BE_OFFSET);
		return new Notice(userId, province, key, messageKey, List.of(String.valueOf(missing),
				String.valueOf(period.quarter().number()), period.quarter().year().toString(), dueText),
				"/p/" + province + "/monitoring/my-updates", due);
	}
}
