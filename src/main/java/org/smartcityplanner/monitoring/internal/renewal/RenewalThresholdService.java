package org.smartcityplanner.monitoring.internal.renewal;

import java.sql.Timestamp;
import java.time.Clock;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.monitoring.domain.renewal.Thresholds;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The national renewal thresholds (one row of reference data): read, and changed by an admin with an audit entry. */
@Service
public class RenewalThresholdService {

	private final JdbcClient jdbc;
	private final IdentityApi identity;
	private final AuditLog audit;
	private final Clock clock;

	RenewalThresholdService(JdbcClient jdbc, IdentityApi identity, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public StoredThresholds current() {
		return jdbc.sql("select * from mon_renewal_threshold where id = 1")
			.query((rs, row) -> new StoredThresholds(
					new Thresholds(rs.getInt("kpis_on_track_percent"), rs.getInt("projects_on_schedule_percent"),
							rs.getBoolean("to_confirm")),
					rs.getInt("version"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
			.optional().orElseGet(() -> new StoredThresholds(Thresholds.DEFAULTS, 0, "system", clock.instant()));
	}

	/**
	 * Changes the thresholds.
	 *
	 * @throws OptimisticLockingFailureException when someone changed them since {@code version} was read
	 */
	@Transactional
	public void change(Thresholds thresholds, int version) {
		StoredThresholds before = current();
		int updated = jdbc.sql("""
				update mon_renewal_threshold set kpis_on_track_percent = ?, projects_on_schedule_percent = ?,
				    to_confirm = ?, version = version + 1, updated_by = ?, updated_at = ?
				where id = 1 and version = ?""")
			.params(thresholds.kpisOnTrackPercent(), thresholds.projectsOnSchedulePercent(), thresholds.toConfirm(),
					identity.actorName(), Timestamp.from(clock.instant()), version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Renewal thresholds changed since version " + version);
		}
		audit.record(new AuditChange("monitoring-renewal-threshold", "1", "updated", null, before.thresholds(),
				thresholds));
	}
}
