package org.smartcityplanner.participation.internal.group;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.smartcityplanner.participation.GroupMember;
import org.smartcityplanner.participation.GroupRole;
import org.smartcityplanner.participation.OrderMember;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.shared.ProvinceCode;

/** Maps the working group's rows to records. */
final class GroupRows {

	private GroupRows() {
	}

	static GroupMember member(ResultSet rs, int n) throws SQLException {
		return new GroupMember(rs.getLong("id"), ProvinceCode.of(rs.getString("province_code")),
				rs.getString("full_name"), rs.getString("position_title"), rs.getString("organisation"),
				Sector.valueOf(rs.getString("sector")), GroupRole.valueOf(rs.getString("group_role")),
				date(rs, "joined_on"), date(rs, "left_on"), rs.getInt("lock_version"));
	}

	static OrderMember orderMember(ResultSet rs, int n) throws SQLException {
		return new OrderMember(rs.getLong("member_id"), rs.getString("full_name"), rs.getString("position_title"),
				rs.getString("organisation"), Sector.valueOf(rs.getString("sector")),
				GroupRole.valueOf(rs.getString("group_role")));
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}
}
