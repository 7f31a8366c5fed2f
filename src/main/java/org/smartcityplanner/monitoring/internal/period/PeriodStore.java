package org.smartcityplanner.monitoring.internal.period;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.monitoring.domain.kpi.PeriodState;
import org.smartcityplanner.monitoring.domain.kpi.Quarter;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reporting periods in {@code mon_period}; every read is scoped to a province. */
@Repository
public class PeriodStore {

	private static final String COLUMNS = """
			id, province_code, plan_id, fiscal_year, quarter, due_on, state, opened_at, locked_at, version""";

	private final JdbcClient jdbc;

	PeriodStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The province's periods, oldest first. */
	public List<ReportingPeriod> periodsOf(ProvinceCode province) {
		return jdbc.sql("select " + COLUMNS + " from mon_period where province_code = ? order by fiscal_year, quarter")
			.param(province.value()).query(PeriodStore::row).list();
	}

	public Optional<ReportingPeriod> find(ProvinceCode province, long id) {
		return jdbc.sql("select " + COLUMNS + " from mon_period where province_code = ? and id = ?")
			.params(province.value(), id).query(PeriodStore::row).optional();
	}

	/** Open periods of every province, for the reminders job. */
	public List<ReportingPeriod> openPeriods() {
		return jdbc.sql("select " + COLUMNS + " from mon_period where state = 'OPEN' order by province_code, id")
			.query(PeriodStore::row).list();
	}

	/** Adds the quarters the province does not have yet; existing periods are left as they are. */
	int addMissing(ProvinceCode province, long planId, List<Quarter> quarters) {
		int added = 0;
		for (Quarter quarter : quarters) {
			boolean exists = jdbc.sql("select count(*) from mon_period where province_code = ? and fiscal_year = ? "
					+ "and quarter = ?").params(province.value(), quarter.year().buddhistYear(), quarter.number())
				.query(Integer.class).single() > 0;
			if (!exists) {
				jdbc.sql("""
						insert into mon_period (province_code, plan_id, fiscal_year, quarter, starts_on, ends_on, due_on,
						state) values (?, ?, ?, ?, ?, ?, ?, 'PLANNED')""")
					.params(province.value(), planId, quarter.year().buddhistYear(), quarter.number(), quarter.start(),
							quarter.end(), quarter.reportDue())
					.update();
				added++;
			}
		}
		return added;
	}

	/** @throws OptimisticLockingFailureException when someone changed the period since {@code version} */
	void changeState(ReportingPeriod period, PeriodState to, String actor, Instant now) {
		String column = to == PeriodState.OPEN ? "opened" : "locked";
		int updated = jdbc.sql("update mon_period set state = ?, " + column + "_at = ?, " + column
				+ "_by = ?, version = version + 1 where id = ? and version = ?")
			.params(to.name(), Utc.of(now), actor, period.id(), period.version()).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Reporting period " + period.id() + " changed meanwhile");
		}
	}

	private static ReportingPeriod row(ResultSet rs, int rowNum) throws SQLException {
		return new ReportingPeriod(rs.getLong("id"), new ProvinceCode(rs.getString("province_code")),
				rs.getLong("plan_id"), new Quarter(new FiscalYear(rs.getInt("fiscal_year")), rs.getInt("quarter")),
				rs.getObject("due_on", LocalDate.class), PeriodState.valueOf(rs.getString("state")),
				instant(rs, "opened_at"), instant(rs, "locked_at"), rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
