package org.smartcityplanner.reference.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.Indicator.Direction;
import org.smartcityplanner.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the indicator library with plain SQL; {@link ReferenceQueries} hands its indicator questions here.
 */
@Component
class IndicatorQueries {

	private static final String SELECT = """
			select code, sort_order, dimension, name_th, name_en, unit_th, unit_en, direction, framework, ref,
			definition_th, definition_en, confirmed, note from ref_indicator""";
	private static final String ORDER = " order by sort_order, code";
	private static final char ESCAPE = '!';
	private static final String SEARCH = " where lower(code) like ? escape '!' or lower(name_en) like ? escape '!'"
			+ " or lower(name_th) like ? escape '!'";

	private final JdbcClient jdbc;

	IndicatorQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Indicator> all() {
		return jdbc.sql(SELECT + ORDER).query(IndicatorQueries::indicator).list();
	}

	List<Indicator> ofDimension(String dimensionCode) {
		return jdbc.sql(SELECT + " where dimension = ?" + ORDER).param(dimensionCode)
			.query(IndicatorQueries::indicator).list();
	}

	Optional<Indicator> byCode(String code) {
		return jdbc.sql(SELECT + " where code = ?").param(code).query(IndicatorQueries::indicator).optional();
	}

	List<Indicator> search(String text) {
		if (text == null || text.isBlank()) {
			return all();
		}
		String pattern = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
		return jdbc.sql(SELECT + SEARCH + ORDER).params(pattern, pattern, pattern).query(IndicatorQueries::indicator)
			.list();
	}

	/** So that a user's {@code %} or {@code _} is searched for, not taken as a wildcard. */
	private static String escapeLike(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char ch : text.toCharArray()) {
			if (ch == '%' || ch == '_' || ch == ESCAPE) {
				escaped.append(ESCAPE);
			}
			escaped.append(ch);
		}
		return escaped.toString();
	}

	private static Indicator indicator(ResultSet rs, int row) throws SQLException {
		return new Indicator(rs.getString("code"), rs.getInt("sort_order"), rs.getString("dimension"),
				new LocalizedText(rs.getString("name_th"), rs.getString("name_en")),
				new LocalizedText(rs.getString("unit_th"), rs.getString("unit_en")),
				Direction.valueOf(rs.getString("direction")), rs.getString("framework"), rs.getString("ref"),
				new LocalizedText(rs.getString("definition_th"), rs.getString("definition_en")),
				rs.getBoolean("confirmed"), rs.getString("note"));
	}
}
