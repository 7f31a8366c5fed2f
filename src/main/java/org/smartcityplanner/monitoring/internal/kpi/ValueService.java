package org.smartcityplanner.monitoring.internal.kpi;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.monitoring.domain.kpi.ValueReport;
import org.smartcityplanner.monitoring.domain.kpi.ValueStatus;
import org.smartcityplanner.monitoring.internal.period.Coordinators;
import org.smartcityplanner.monitoring.internal.period.PeriodService;
import org.smartcityplanner.monitoring.internal.period.ReportingPeriod;
import org.smartcityplanner.notification.Notice;
import org.smartcityplanner.notification.NotificationApi;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners submit values; the coordinator approves or returns them. Every step checks, in this order, that the period
 * and the KPI are the province's, that the period is open, who is asking, and the value itself; nothing is saved
 * when any check fails. Every submission and decision is audited.
 */
@Service
public class ValueService {

	static final String AUDIT_TYPE = "monitoring-kpi-value";
	static final int REASON_MAX = 1000;

	private final ValueStore values;
	private final OwnerStore owners;
	private final ThresholdStore thresholds;
	private final PlanKpis kpis;
	private final PeriodService periods;
	private final Coordinators coordinators;
	private final IdentityApi identity;
	private final NotificationApi notifications;
	private final AuditLog audit;

	ValueService(ValueStore values, OwnerStore owners, ThresholdStore thresholds, PlanKpis kpis, PeriodService periods,
			Coordinators coordinators, IdentityApi identity, NotificationApi notifications, AuditLog audit) {
		this.values = values;
		this.owners = owners;
		this.thresholds = thresholds;
		this.kpis = kpis;
		this.periods = periods;
		this.coordinators = coordinators;
		this.identity = identity;
		this.notifications = notifications;
		this.audit = audit;
	}

	/**
	 * The signed-in owner reports a KPI's value for an open period (again, after a return).
	 *
	 * @throws org.smartcityplanner.monitoring.domain.kpi.FieldRefused for a value, source or note that is refused
	 * @throws InvalidInputException for a locked period, a KPI the user does not own, an approved value
	 */
	@Transactional
	public KpiValue submit(ProvinceCode province, long periodId, String kpiId, String value, String source,
			String note) {
		ReportingPeriod period = periods.period(province, periodId);
		PlanKpi kpi = kpis.require(province, kpiId);
		period.requireOpen();
		CurrentUser user = identity.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		KpiOwner owner = owners.ownersOf(province).get(kpiId);
		if (owner == null || owner.userId() != user.id()) {
			throw new InvalidInputException("monitoring.kpi.rule.notOwner");
		}
		ValueReport report = ValueReport.check(kpi.unit(), value, source, note, kpi.targetIn(period.quarter().year()),
				kpi.direction(), thresholds.of(province));
		Optional<KpiValue> existing = values.find(province, periodId, kpiId);
		if (existing.isPresent()) {
			ValueStatus.resubmit(existing.get().status());
			values.resubmit(existing.get(), report, user.username());
		}
		else {
			values.insert(province, periodId, kpiId, report, user.username());
		}
		KpiValue saved = values.find(province, periodId, kpiId).orElseThrow();
		audit.record(new AuditChange(AUDIT_TYPE, String.valueOf(saved.id()), "submitted", province,
				existing.orElse(null), saved));
		return saved;
	}

	@Transactional
	public void approve(ProvinceCode province, long valueId, int version) {
		decide(province, valueId, version, true, "");
	}

	/** @param reason why, required: the owner reads it in the notice and on their page */
	@Transactional
	public void returnValue(ProvinceCode province, long valueId, int version, String reason) {
		String clean = reason == null ? "" : reason.strip();
		if (clean.isEmpty()) {
			throw new InvalidInputException("monitoring.kpi.rule.reason.required");
		}
		if (clean.length() > REASON_MAX) {
			throw new InvalidInputException("monitoring.kpi.rule.reason.tooLong", REASON_MAX);
		}
		decide(province, valueId, version, false, clean);
	}

	private void decide(ProvinceCode province, long valueId, int version, boolean approve, String reason) {
		String actor = coordinators.require().username();
		KpiValue value = InProvince.require(values.find(province, valueId), "valueId", valueId);
		periods.period(province, value.periodId()).requireOpen();
		if (value.version() != version) {
			throw new org.springframework.dao.OptimisticLockingFailureException("Value " + valueId + " changed");
		}
		ValueStatus to = value.status().decide(approve);
		values.decide(value, to, reason, actor);
		KpiValue after = values.find(province, valueId).orElseThrow();
		audit.record(new AuditChange(AUDIT_TYPE, String.valueOf(valueId), approve ? "approved" : "returned",
				province, value, after));
		KpiOwner owner = owners.ownersOf(province).get(value.kpiId());
		if (!approve && owner != null) {
			String name = kpis.of(province).containsKey(value.kpiId()) ? kpis.of(province).get(value.kpiId()).name()
					: value.kpiId();
			notifications.post(new Notice(owner.userId(), province.value(),
					"monitoring:" + province.value() + ":value:" + valueId + ":returned:" + after.version(),
					"monitoring.kpi.notice.returned", List.of(name, reason),
					"/p/" + province.value() + "/monitoring/my-updates", null));
		}
	}
}
