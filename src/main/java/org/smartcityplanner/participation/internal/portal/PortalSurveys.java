package org.smartcityplanner.participation.internal.portal;

import java.time.Instant;
import java.util.List;

import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The province's surveys as the portal needs them, in one query: the open ones with their public link, and the
 * closed ones whose results staff made public with what tells whether their results may have changed (the survey's
 * version, raised by every change of it; when its results were made public; and how many answers are counted — a
 * counted answer is never changed nor taken back, a paper answer counted after closing adds one).
 */
@Component
class PortalSurveys {

	private final JdbcClient jdbc;

	PortalSurveys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A survey the portal shows.
	 *
	 * @param publishedAt when its results were made public, {@code null} while not
	 * @param counted counted answers of a closed survey whose results are public, else 0
	 */
	record Listed(long id, String title, SurveyState state, String publicKey, int version, Instant publishedAt,
			long counted) {

		boolean resultsShown() {
			return state == SurveyState.CLOSED && publishedAt != null;
		}
	}

	/** The open and closed surveys of the province, newest first (the staff list's order). */
	List<Listed> of(ProvinceCode province) {
		return jdbc.sql("""
				select s.id, s.title, s.state, s.public_key, s.lock_version, p.published_at,
				case when s.state = 'CLOSED' and p.survey_id is not null then (select count(*) from par_survey_response r
				where r.survey_id = s.id and r.counted = true) else 0 end as counted
				from par_survey s left join par_survey_results_public p on p.survey_id = s.id
				where s.province_code = ? and s.state in ('OPEN', 'CLOSED') order by s.created_at desc, s.id desc""")
			.param(province.value())
			.query((rs, n) -> new Listed(rs.getLong("id"), rs.getString("title"),
					SurveyState.valueOf(rs.getString("state")), rs.getString("public_key"), rs.getInt("lock_version"),
					rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant(),
					rs.getLong("counted")))
			.list();
	}
}
