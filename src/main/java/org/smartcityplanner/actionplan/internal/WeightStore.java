package org.smartcityplanner.actionplan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.actionplan.WeightSettings;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.Scoring;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A province's criterion weights: {@code CRITERION=weight} pairs and the AHP judgements row by row. */
@Component
class WeightStore {

	private final JdbcClient jdbc;
	private final IdentityApi identity;

	WeightStore(JdbcClient jdbc, IdentityApi identity) {
		this.identity = identity;
		this.jdbc = jdbc;
	}

	Optional<WeightSettings> find(ProvinceCode province) {
		return jdbc.sql("select * from acp_weights where province_code = ?").param(province.value())
			.query((rs, row) -> new WeightSettings(rs.getString("method"), new Scoring(weights(rs.getString("weights"))),
					pairwise(rs.getString("pairwise")),
					rs.getBigDecimal("consistency_ratio") == null ? null : rs.getBigDecimal("consistency_ratio").doubleValue()))
			.optional();
	}

	void save(ProvinceCode province, WeightSettings settings) {
		jdbc.sql("delete from acp_weights where province_code = ?").param(province.value()).update();
		jdbc.sql("""
				insert into acp_weights (province_code, method, weights, pairwise, consistency_ratio, version, updated_at,
				updated_by) values (?, ?, ?, ?, ?, 1, ?, ?)""")
			.params(province.value(), settings.method(), weightsColumn(settings.scoring().weights()),
					pairwiseColumn(settings.pairwise()),
					settings.consistencyRatio() == null ? null
							: BigDecimal.valueOf(settings.consistencyRatio()).setScale(4, java.math.RoundingMode.HALF_EVEN),
					Utc.now(), identity.actorName())
			.update();
	}

	private static String weightsColumn(Map<Criterion, BigDecimal> weights) {
		List<String> pairs = new ArrayList<>();
		weights.forEach((criterion, weight) -> pairs.add(criterion.name() + "=" + weight.toPlainString()));
		return String.join(";", pairs);
	}

	private static Map<Criterion, BigDecimal> weights(String column) {
		Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
		for (String pair : column.split(";")) {
			String[] parts = pair.split("=");
			weights.put(Criterion.valueOf(parts[0]), new BigDecimal(parts[1]));
		}
		return weights;
	}

	private static String pairwiseColumn(List<List<Double>> rows) {
		return String.join(";", rows.stream().map(row -> String.join(",", row.stream().map(String::valueOf).toList()))
			.toList());
	}

	private static List<List<Double>> pairwise(String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		List<List<Double>> rows = new ArrayList<>();
		for (String row : column.split(";", -1)) {
			rows.add(row.isEmpty() ? List.of() : java.util.Arrays.stream(row.split(",")).map(Double::valueOf).toList());
		}
		return rows;
	}
}
