package org.smartcityplanner.monitoring.internal.period;

import java.time.Instant;
import java.util.List;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.monitoring.domain.kpi.PeriodRules;
import org.smartcityplanner.monitoring.domain.kpi.PeriodState;
import org.smartcityplanner.monitoring.domain.kpi.Quarter;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Generating, opening and locking a province's reporting periods; each change audited. */
@Service
public class PeriodService {

	static final String AUDIT_TYPE = "monitoring-period";

	private final PeriodStore store;
	private final ApprovedPlans plans;
	private final Coordinators coordinators;
	private final AuditLog audit;

	PeriodService(PeriodStore store, ApprovedPlans plans, Coordinators coordinators, AuditLog audit) {
		this.store = store;
		this.plans = plans;
		this.coordinators = coordinators;
		this.audit = audit;
	}

	public List<ReportingPeriod> periods(ProvinceCode province) {
		return store.periodsOf(province);
	}

	/** @throws org.smartcityplanner.shared.NotInProvinceException when the id is not one of the province's */
	public ReportingPeriod period(ProvinceCode province, long periodId) {
		return InProvince.require(store.find(province, periodId), "periodId", periodId);
	}

	/** Adds a period for every quarter of the approved plan's years that has none yet; returns how many. */
	@Transactional
	public int generate(ProvinceCode province) {
		coordinators.require();
		LoadedPlan plan = plans.require(province);
		List<Quarter> quarters = Quarter.of(plan.header().period().first(), plan.header().period().last());
		int added = store.addMissing(province, plan.header().planId(), quarters);
		if (added > 0) {
			audit.record(new AuditChange(AUDIT_TYPE, province.value(), "generated", province, null,
					new Generated(plan.header().planId(), added)));
		}
		return added;
	}

	@Transactional
	public void open(ProvinceCode province, long periodId, int version) {
		change(province, periodId, version, true);
	}

	@Transactional
	public void lock(ProvinceCode province, long periodId, int version) {
		change(province, periodId, version, false);
	}

	private void change(ProvinceCode province, long periodId, int version, boolean open) {
		String actor = coordinators.require().username();
		ReportingPeriod period = period(province, periodId);
		if (period.version() != version) {
			throw new org.springframework.dao.OptimisticLockingFailureException("Period " + periodId + " changed");
		}
		PeriodState to = open ? PeriodRules.open(period.state()) : PeriodRules.lock(period.state());
		store.changeState(period, to, actor, Instant.now());
		audit.record(new AuditChange(AUDIT_TYPE, String.valueOf(periodId), open ? "opened" : "locked", province,
				period.state(), to));
	}

	/** What the audit log keeps of a generation. */
	record Generated(long planId, int periods) {
	}
}
