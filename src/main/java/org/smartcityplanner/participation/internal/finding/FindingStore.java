package org.smartcityplanner.participation.internal.finding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.smartcityplanner.participation.domain.survey.FindingDraft;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Survey findings; every read is scoped to the province, so another province's id finds nothing. */
@Repository
class FindingStore {

	private static final String SELECT = """
			select f.*, s.title as survey_title from par_survey_finding f join par_survey s on s.id = f.survey_id
			where f.province_code = ?""";

	private final JdbcClient jdbc;

	FindingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SurveyFinding> ofSurvey(ProvinceCode province, long surveyId) {
		return jdbc.sql(SELECT + " and f.survey_id = ? order by f.id").params(province.value(), surveyId)
			.query((rs, n) -> finding(rs)).list();
	}

	List<SurveyFinding> ofProvince(ProvinceCode province) {
		return jdbc.sql(SELECT + " order by f.created_at desc, f.id desc").param(province.value())
			.query((rs, n) -> finding(rs)).list();
	}

	Optional<SurveyFinding> find(ProvinceCode province, long surveyId, long id) {
		return jdbc.sql(SELECT + " and f.survey_id = ? and f.id = ?").params(province.value(), surveyId, id)
			.query((rs, n) -> finding(rs)).optional();
	}

	long insert(ProvinceCode province, long surveyId, FindingDraft draft, String actor, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into par_survey_finding (survey_id, province_code, statement, basis, question_ids, created_at,
				  created_by, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(surveyId, province.value(), draft.statement(), draft.basis(), ids(draft.questionIds()),
					Utc.of(now), actor, Utc.of(now), actor)
			.update(key, "id");
		return key.getKey().longValue();
	}

	void update(long id, FindingDraft draft, int version, String actor, Instant now) {
		int updated = jdbc.sql("""
				update par_survey_finding set statement = ?, basis = ?, question_ids = ?, updated_at = ?,
				  updated_by = ?, lock_version = lock_version + 1 where id = ? and lock_version = ?""")
			.params(draft.statement(), draft.basis(), ids(draft.questionIds()), Utc.of(now), actor, id, version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("The finding was changed by someone else");
		}
	}

	void delete(long id) {
		jdbc.sql("delete from par_survey_finding where id = ?").param(id).update();
	}

	private static String ids(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static SurveyFinding finding(ResultSet rs) throws SQLException {
		List<Long> questions = Arrays.stream(rs.getString("question_ids").split(",")).filter(s -> !s.isBlank())
			.map(Long::valueOf).toList();
		return new SurveyFinding(rs.getLong("id"), rs.getLong("survey_id"), rs.getString("survey_title"),
				rs.getString("statement"), rs.getString("basis"), questions,
				rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(), rs.getInt("lock_version"));
	}
}
