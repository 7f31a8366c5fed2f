package org.smartcityplanner.monitoring.internal.kpi;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.monitoring.domain.kpi.Thresholds;
import org.smartcityplanner.monitoring.internal.period.Coordinators;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator sets the plan's status thresholds; audited. */
@Service
public class ThresholdService {

	private final ThresholdStore store;
	private final Coordinators coordinators;
	private final AuditLog audit;

	ThresholdService(ThresholdStore store, Coordinators coordinators, AuditLog audit) {
		this.store = store;
		this.coordinators = coordinators;
		this.audit = audit;
	}

	/** @throws org.smartcityplanner.shared.InvalidInputException for thresholds out of range */
	@Transactional
	public void save(ProvinceCode province, int onTrack, int atRisk) {
		coordinators.require();
		Thresholds thresholds = new Thresholds(onTrack, atRisk);
		Thresholds before = store.of(province);
		store.save(province, thresholds);
		audit.record(new AuditChange("monitoring-thresholds", province.value(), "updated", province, before,
				thresholds));
	}
}
