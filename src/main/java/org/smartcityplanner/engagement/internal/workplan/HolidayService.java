package org.smartcityplanner.engagement.internal.workplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.engagement.domain.workplan.WorkingCalendar;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Holidays in {@code eng_holiday}; every change is audited. */
@Service
class HolidayService implements HolidayUseCases {

	private final JdbcClient jdbc;
	private final AuditLog audit;

	HolidayService(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public List<Holiday> holidays() {
		return jdbc.sql("select id, holiday_date, name_th, name_en from eng_holiday order by holiday_date")
			.query(HolidayService::row).list();
	}

	@Override
	@Transactional
	public Holiday add(LocalDate date, String nameTh, String nameEn) {
		if (date == null) {
			throw new InvalidInputException("workplan.holiday.invalid.date");
		}
		String th = nameTh == null ? "" : nameTh.strip();
		String en = nameEn == null ? "" : nameEn.strip();
		if (th.isEmpty() || th.length() > 200) {
			throw new InvalidInputException("workplan.holiday.invalid.nameTh");
		}
		if (en.isEmpty() || en.length() > 200) {
			throw new InvalidInputException("workplan.holiday.invalid.nameEn");
		}
		if (jdbc.sql("select count(*) from eng_holiday where holiday_date = ?").param(date).query(Integer.class)
			.single() > 0) {
			throw new InvalidInputException("workplan.holiday.invalid.duplicate");
		}
		jdbc.sql("insert into eng_holiday (holiday_date, name_th, name_en) values (?, ?, ?)").params(date, th, en).update();
		Holiday added = jdbc.sql("select id, holiday_date, name_th, name_en from eng_holiday where holiday_date = ?")
			.param(date).query(HolidayService::row).single();
		audit.record(new AuditChange("holiday", String.valueOf(added.id()), "created", null, null, added));
		return added;
	}

	@Override
	@Transactional
	public void remove(long id) {
		Holiday before = jdbc.sql("select id, holiday_date, name_th, name_en from eng_holiday where id = ?").param(id)
			.query(HolidayService::row).optional().orElseThrow(() -> new NotInProvinceException("holidayId", id));
		jdbc.sql("delete from eng_holiday where id = ?").param(id).update();
		audit.record(new AuditChange("holiday", String.valueOf(id), "deleted", null, before, null));
	}

	@Override
	public WorkingCalendar calendar() {
		return new WorkingCalendar(holidays().stream().map(Holiday::date).collect(Collectors.toSet()));
	}

	private static Holiday row(ResultSet rs, int n) throws SQLException {
		return new Holiday(rs.getLong("id"), rs.getObject("holiday_date", LocalDate.class), rs.getString("name_th"),
				rs.getString("name_en"));
	}
}
