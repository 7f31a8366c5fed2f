package org.smartcityplanner.participation.internal.eligibility;

import java.time.Instant;
import java.util.Optional;

import org.smartcityplanner.participation.domain.eligibility.ParticipationRule;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each province's participation rule (one row once a coordinator chose one). */
@Repository
class RuleStore {

	private final JdbcClient jdbc;

	RuleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RuleSetting> find(ProvinceCode province) {
		return jdbc.sql("select rule, lock_version from par_participation_rule where province_code = ?")
			.param(province.value())
			.query((rs, n) -> new RuleSetting(ParticipationRule.valueOf(rs.getString(1)), rs.getInt(2)))
			.optional();
	}

	/**
	 * Saves the rule over the version the editor saw (0 before the first choice).
	 *
	 * @throws OptimisticLockingFailureException when someone saved meanwhile
	 */
	void save(ProvinceCode province, ParticipationRule rule, int seenVersion, String actor, Instant now) {
		if (seenVersion == 0) {
			try {
				jdbc.sql("""
						insert into par_participation_rule (province_code, rule, lock_version, updated_at, updated_by)
						values (?, ?, 1, ?, ?)""").params(province.value(), rule.name(), Utc.of(now), actor).update();
				return;
			}
			catch (DuplicateKeyException raced) {
				throw new OptimisticLockingFailureException("rule of " + province + " chosen meanwhile", raced);
			}
		}
		int updated = jdbc.sql("""
				update par_participation_rule set rule = ?, lock_version = lock_version + 1, updated_at = ?, updated_by = ?
				where province_code = ? and lock_version = ?""")
			.params(rule.name(), Utc.of(now), actor, province.value(), seenVersion).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("rule of " + province + " changed meanwhile");
		}
	}
}
