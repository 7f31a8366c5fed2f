package org.smartcityplanner.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.monitoring.domain.kpi.ValueStatus;
import org.smartcityplanner.monitoring.domain.kpi.ValueReport;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reported values in {@code mon_kpi_value}; every read is scoped to a province. */
@Repository
class ValueStore {

	private static final String COLUMNS = """
			id, period_id, kpi_id, actual, source, note, status, return_reason, submitted_by, submitted_at,
			decided_by, decided_at, version""";

	private final JdbcClient jdbc;

	ValueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<KpiValue> find(ProvinceCode province, long id) {
		return jdbc.sql("select " + COLUMNS + " from mon_kpi_value where province_code = ? and id = ?")
			.params(province.value(), id).query(ValueStore::row).optional();
	}

	Optional<KpiValue> find(ProvinceCode province, long periodId, String kpiId) {
		return jdbc.sql("select " + COLUMNS + " from mon_kpi_value where province_code = ? and period_id = ? "
				+ "and kpi_id = ?").params(province.value(), periodId, kpiId).query(ValueStore::row).optional();
	}

	List<KpiValue> ofPeriod(ProvinceCode province, long periodId) {
		return jdbc.sql("select " + COLUMNS + " from mon_kpi_value where province_code = ? and period_id = ? "
				+ "order by id").params(province.value(), periodId).query(ValueStore::row).list();
	}

	/** Every value of the province, optionally only approved ones. */
	List<KpiValue> ofProvince(ProvinceCode province, boolean approvedOnly) {
		return jdbc.sql("select " + COLUMNS + " from mon_kpi_value where province_code = ?"
				+ (approvedOnly ? " and status = 'APPROVED'" : "") + " order by kpi_id, period_id")
			.param(province.value()).query(ValueStore::row).list();
	}

	void insert(ProvinceCode province, long periodId, String kpiId, ValueReport report, String actor) {
		jdbc.sql("""
				insert into mon_kpi_value (province_code, period_id, kpi_id, actual, source, note, status,
				submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)""")
			.params(province.value(), periodId, kpiId, report.actual(), report.source(), report.note(), actor,
					Utc.now())
			.update();
	}

	/** A returned (or still submitted) value, submitted again with new figures. */
	void resubmit(KpiValue value, ValueReport report, String actor) {
		expectOne(jdbc.sql("""
				update mon_kpi_value set actual = ?, source = ?, note = ?, status = 'SUBMITTED', return_reason = '',
				submitted_by = ?, submitted_at = ?, decided_by = null, decided_at = null, version = version + 1
				where id = ? and version = ?""")
			.params(report.actual(), report.source(), report.note(), actor, Utc.now(), value.id(), value.version())
			.update(), value);
	}

	void decide(KpiValue value, ValueStatus to, String reason, String actor) {
		expectOne(jdbc.sql("""
				update mon_kpi_value set status = ?, return_reason = ?, decided_by = ?, decided_at = ?,
				version = version + 1 where id = ? and version = ?""")
			.params(to.name(), reason, actor, Utc.now(), value.id(), value.version()).update(), value);
	}

	private static void expectOne(int updated, KpiValue value) {
		if (updated != 1) {
			throw new OptimisticLockingFailureException("KPI value " + value.id() + " changed meanwhile");
		}
	}

	private static KpiValue row(ResultSet rs, int rowNum) throws SQLException {
		BigDecimal actual = rs.getBigDecimal("actual").stripTrailingZeros();
		return new KpiValue(rs.getLong("id"), rs.getLong("period_id"), rs.getString("kpi_id"),
				actual.scale() < 0 ? actual.setScale(0) : actual, rs.getString("source"), rs.getString("note"),
				ValueStatus.valueOf(rs.getString("status")), rs.getString("return_reason"),
				rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("decided_by"),
				instant(rs, "decided_at"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
