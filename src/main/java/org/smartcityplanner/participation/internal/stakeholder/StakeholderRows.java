package org.smartcityplanner.participation.internal.stakeholder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.Stakeholder;
import org.smartcityplanner.participation.StakeholderType;
import org.smartcityplanner.publicaccess.Consent;
import org.smartcityplanner.shared.ProvinceCode;

/** A stakeholder row, completed with its consent into a {@link Stakeholder}. */
final class StakeholderRows {

	private StakeholderRows() {
	}

	record Row(long id, ProvinceCode province, String name, String organisation, StakeholderType type, Sector sector,
			String interest, String phone, String email, Instant erasedAt, int version) {

		Stakeholder with(Consent consent) {
			return new Stakeholder(id, province, name, organisation, type, sector, interest, phone, email,
					consent == null ? null : consent.consentedAt(), consent == null ? null : consent.withdrawnAt(),
					consent == null ? null : consent.retainedUntil(), erasedAt, version);
		}
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime erased = rs.getObject("erased_at", OffsetDateTime.class);
		return new Row(rs.getLong("id"), ProvinceCode.of(rs.getString("province_code")), rs.getString("name"),
				rs.getString("organisation"), StakeholderType.valueOf(rs.getString("stakeholder_type")),
				Sector.valueOf(rs.getString("sector")), rs.getString("interest"), rs.getString("phone"),
				rs.getString("email"), erased == null ? null : erased.toInstant(), rs.getInt("lock_version"));
	}
}
