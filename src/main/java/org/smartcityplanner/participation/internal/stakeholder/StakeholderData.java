package org.smartcityplanner.participation.internal.stakeholder;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcityplanner.publicaccess.spi.PersonalDataHolder;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's side of PDPA: what is held about a stakeholder, erasure (personal fields blanked, type and sector
 * kept for the figures) and withdrawal (contact details removed at once, the rest erased when retention ends).
 */
@Component
class StakeholderData implements PersonalDataHolder {

	private final JdbcClient jdbc;
	private final Clock clock;

	StakeholderData(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String holder() {
		return StakeholderRegistry.HOLDER;
	}

	@Override
	public Map<String, Object> personalData(long subjectId) {
		return jdbc.sql("select * from par_stakeholder where id = ?").param(subjectId).query((rs, n) -> {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("name", rs.getString("name"));
			data.put("organisation", rs.getString("organisation"));
			data.put("type", rs.getString("stakeholder_type"));
			data.put("sector", rs.getString("sector"));
			data.put("interest", rs.getString("interest"));
			data.put("phone", rs.getString("phone"));
			data.put("email", rs.getString("email"));
			data.put("registeredAt", rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant().toString());
			return data;
		}).optional().orElseGet(Map::of);
	}

	@Override
	public void erase(long subjectId, boolean atRequest) {
		jdbc.sql("""
				update par_stakeholder set name = '', organisation = '', interest = '', phone = null, email = null,
				  erased_at = ?, lock_version = lock_version + 1 where id = ? and erased_at is null""")
			.params(Utc.of(clock.instant()), subjectId).update();
	}

	@Override
	public void withdrawn(long subjectId) {
		jdbc.sql("update par_stakeholder set phone = null, email = null, lock_version = lock_version + 1 where id = ?")
			.param(subjectId).update();
	}
}
