package org.smartcityplanner.actionplan.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Envelopes per source and year, and the minimums per dimension or area. */
@Component
class OptimiserSettingsStore {

	private final JdbcClient jdbc;

	OptimiserSettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Map<Integer, Baht>> envelopes(ProvinceCode province) {
		Map<String, Map<Integer, Baht>> envelopes = new LinkedHashMap<>();
		jdbc.sql("select * from acp_envelope where province_code = ? order by source_code, fiscal_year")
			.param(province.value())
			.query(rs -> {
				envelopes.computeIfAbsent(rs.getString("source_code"), code -> new TreeMap<>())
					.put(rs.getInt("fiscal_year"), new Baht(rs.getLong("amount_satang")));
			});
		return envelopes;
	}

	void saveEnvelope(ProvinceCode province, String source, int year, Baht amount) {
		jdbc.sql("delete from acp_envelope where province_code = ? and source_code = ? and fiscal_year = ?")
			.params(province.value(), source, year).update();
		if (amount != null) {
			jdbc.sql("insert into acp_envelope (province_code, source_code, fiscal_year, amount_satang) values (?, ?, ?, ?)")
				.params(province.value(), source, year, amount.satang()).update();
		}
	}

	List<MinimumRule> minimums(ProvinceCode province) {
		return jdbc.sql("select * from acp_minimum where province_code = ? order by scope, code, id")
			.param(province.value())
			.query((rs, row) -> new MinimumRule(rs.getLong("id"), rs.getString("scope"), rs.getString("code"),
					rs.getInt("min_count"), rs.getInt("min_share_bp") / 100))
			.list();
	}

	void addMinimum(ProvinceCode province, MinimumRule minimum) {
		jdbc.sql("insert into acp_minimum (province_code, scope, code, min_count, min_share_bp) values (?, ?, ?, ?, ?)")
			.params(province.value(), minimum.scope(), minimum.code(), minimum.minCount(),
					minimum.minSharePercent() * 100)
			.update();
	}

	boolean deleteMinimum(ProvinceCode province, long id) {
		return jdbc.sql("delete from acp_minimum where province_code = ? and id = ?").params(province.value(), id)
			.update() == 1;
	}
}
