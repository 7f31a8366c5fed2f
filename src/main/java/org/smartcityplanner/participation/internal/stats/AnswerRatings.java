package org.smartcityplanner.participation.internal.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the authors of ideas rated the answers they got (accepted into the plan or declined with a reason): part of
 * the module's statistics, read in one query, so the staff pages and the API show the same figure.
 */
@Component
@Transactional(readOnly = true)
public class AnswerRatings {

	private final JdbcClient jdbc;

	AnswerRatings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The ratings of the province's answers.
	 *
	 * @param answered ideas accepted or declined
	 * @param rated of those, the ones their author rated
	 * @param average the mean rating (1–5) with one decimal, or {@code null} while none is rated
	 */
	public record Figures(long answered, long rated, BigDecimal average) {
	}

	public Figures of(ProvinceCode province) {
		return jdbc.sql("""
				select count(*), count(author_rating), sum(author_rating) from par_idea
				where province_code = ? and status in ('ACCEPTED', 'DECLINED')""")
			.param(province.value())
			.query((rs, row) -> {
				long rated = rs.getLong(2);
				// summed as whole numbers and divided here: the same rounding on H2 and PostgreSQL
				BigDecimal average = rated == 0 ? null
						: BigDecimal.valueOf(rs.getLong(3)).divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP);
				return new Figures(rs.getLong(1), rated, average);
			})
			.single();
	}
}
