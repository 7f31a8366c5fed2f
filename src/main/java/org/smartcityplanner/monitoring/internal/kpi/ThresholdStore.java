package org.smartcityplanner.monitoring.internal.kpi;

import org.smartcityplanner.monitoring.domain.kpi.Thresholds;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each plan's status thresholds in {@code mon_plan_thresholds}; the default until the coordinator sets them. */
@Repository
class ThresholdStore {

	private final JdbcClient jdbc;

	ThresholdStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Thresholds of(ProvinceCode province) {
		return jdbc.sql("select on_track_percent, at_risk_percent from mon_plan_thresholds where province_code = ?")
			.param(province.value()).query((rs, n) -> new Thresholds(rs.getInt(1), rs.getInt(2))).optional()
			.orElse(Thresholds.DEFAULT);
	}

	void save(ProvinceCode province, Thresholds thresholds) {
		int updated = jdbc.sql("update mon_plan_thresholds set on_track_percent = ?, at_risk_percent = ?, "
				+ "version = version + 1 where province_code = ?")
			.params(thresholds.onTrack(), thresholds.atRisk(), province.value()).update();
		if (updated == 0) {
			jdbc.sql("insert into mon_plan_thresholds (province_code, on_track_percent, at_risk_percent) values (?, ?, ?)")
				.params(province.value(), thresholds.onTrack(), thresholds.atRisk()).update();
		}
	}
}
