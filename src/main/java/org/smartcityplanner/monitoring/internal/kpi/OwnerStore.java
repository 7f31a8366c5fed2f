package org.smartcityplanner.monitoring.internal.kpi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** KPI owners in {@code mon_kpi_owner}. */
@Repository
class OwnerStore {

	private final JdbcClient jdbc;

	OwnerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The province's owners by KPI id. */
	Map<String, KpiOwner> ownersOf(ProvinceCode province) {
		Map<String, KpiOwner> owners = new LinkedHashMap<>();
		jdbc.sql("select kpi_id, agency, user_id, version from mon_kpi_owner where province_code = ?")
			.param(province.value())
			.query((rs, n) -> new KpiOwner(rs.getString("kpi_id"), rs.getString("agency"), rs.getLong("user_id"),
					rs.getInt("version")))
			.list().forEach(owner -> owners.put(owner.kpiId(), owner));
		return owners;
	}

	/** The provinces where the user owns at least one KPI. */
	List<ProvinceCode> provincesOwnedBy(long userId) {
		return jdbc.sql("select distinct province_code from mon_kpi_owner where user_id = ? order by province_code")
			.param(userId).query((rs, n) -> new ProvinceCode(rs.getString(1))).list();
	}

	/**
	 * Names or replaces a KPI's owner.
	 *
	 * @param version the version the user saw, or {@code null} for a KPI without owner
	 * @throws OptimisticLockingFailureException when someone changed the owner meanwhile
	 */
	void save(ProvinceCode province, String kpiId, String agency, long userId, Integer version, String actor) {
		int updated;
		if (version == null) {
			updated = jdbc.sql("""
					insert into mon_kpi_owner (province_code, kpi_id, agency, user_id, updated_at, updated_by)
					select ?, ?, ?, ?, ?, ? where not exists
					(select 1 from mon_kpi_owner where province_code = ? and kpi_id = ?)""")
				.params(province.value(), kpiId, agency, userId, Utc.now(), actor, province.value(), kpiId).update();
		}
		else {
			updated = jdbc.sql("""
					update mon_kpi_owner set agency = ?, user_id = ?, updated_at = ?, updated_by = ?,
					version = version + 1 where province_code = ? and kpi_id = ? and version = ?""")
				.params(agency, userId, Utc.now(), actor, province.value(), kpiId, version).update();
		}
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Owner of KPI " + kpiId + " changed meanwhile");
		}
	}
}
