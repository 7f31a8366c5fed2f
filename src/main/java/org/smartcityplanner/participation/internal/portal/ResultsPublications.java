package org.smartcityplanner.participation.internal.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's decision, per survey, to show its aggregated results on the public portal: stored with who and when,
 * audited on every change. A survey of another province is refused before anything is read or stored.
 */
@Service
public class ResultsPublications {

	static final String AUDIT_TYPE = "participation-survey-results-public";

	private final JdbcClient jdbc;
	private final SurveyUseCases surveys;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final Clock clock;

	ResultsPublications(JdbcClient jdbc, SurveyUseCases surveys, AuditLog audit, IdentityApi identity, Clock clock) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.audit = audit;
		this.identity = identity;
		this.clock = clock;
	}

	/** The decisions of the province's surveys that are public, by survey id. */
	@Transactional(readOnly = true)
	public Map<Long, ResultsPublication> publicOf(ProvinceCode province) {
		return jdbc.sql("select survey_id, published_by, published_at from par_survey_results_public"
				+ " where province_code = ?")
			.param(province.value())
			.query((rs, n) -> new ResultsPublication(rs.getLong(1), true, rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.list().stream().collect(Collectors.toMap(ResultsPublication::surveyId, p -> p));
	}

	/** The decision on one survey of the province. */
	@Transactional(readOnly = true)
	public ResultsPublication of(ProvinceCode province, long surveyId) {
		surveys.summary(province, surveyId); // refuses another province's survey
		return publicOf(province).getOrDefault(surveyId, ResultsPublication.notPublic(surveyId));
	}

	/** Makes a survey's results public or takes them off; doing what is already so changes nothing. */
	@Transactional
	public ResultsPublication decide(ProvinceCode province, long surveyId, boolean makePublic) {
		ResultsPublication before = of(province, surveyId);
		if (before.resultsPublic() == makePublic) {
			return before;
		}
		if (makePublic) {
			jdbc.sql("insert into par_survey_results_public (survey_id, province_code, published_by, published_at)"
					+ " values (?, ?, ?, ?)")
				.params(surveyId, province.value(), identity.actorName(), Timestamp.from(clock.instant()))
				.update();
		}
		else {
			jdbc.sql("delete from par_survey_results_public where survey_id = ?").param(surveyId).update();
		}
		audit.record(new AuditChange(AUDIT_TYPE, String.valueOf(surveyId), makePublic ? "published" : "withdrawn",
				province, Map.of("resultsPublic", before.resultsPublic()), Map.of("resultsPublic", makePublic)));
		return of(province, surveyId);
	}
}
