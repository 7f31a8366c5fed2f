package org.smartcityplanner.participation.internal.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.domain.survey.Question;
import org.smartcityplanner.participation.domain.survey.QuestionKind;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Surveys and their questions. Every read by id is scoped to the province of the request, so an id of another
 * province finds nothing; every change raises the survey's version and fails on a stale one.
 */
@Repository
class SurveyStore {

	private final JdbcClient jdbc;

	SurveyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(ProvinceCode province, String title, String description, boolean paperCheck, String publicKey,
			String actor, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into par_survey (province_code, title, description, state, public_key, paper_check, created_at,
				created_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(province.value(), title, description, SurveyState.DRAFT.name(), publicKey, paperCheck,
					Utc.of(now), actor)
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Survey> find(ProvinceCode province, long id) {
		return jdbc.sql("select * from par_survey where id = ? and province_code = ?").params(id, province.value())
			.query((rs, n) -> survey(rs)).optional();
	}

	Optional<Survey> findByPublicKey(String publicKey) {
		return jdbc.sql("select * from par_survey where public_key = ?").param(publicKey)
			.query((rs, n) -> survey(rs)).optional();
	}

	/** Which survey a public link names, and its revision (raised by every change). */
	record Revision(long id, ProvinceCode province, int version) {
	}

	Optional<Revision> revision(String publicKey) {
		return jdbc.sql("select id, province_code, lock_version from par_survey where public_key = ?").param(publicKey)
			.query((rs, n) -> new Revision(rs.getLong("id"), new ProvinceCode(rs.getString("province_code")),
					rs.getInt("lock_version")))
			.optional();
	}

	List<Long> idsOf(ProvinceCode province) {
		return jdbc.sql("select id from par_survey where province_code = ? order by created_at desc, id desc")
			.param(province.value()).query(Long.class).list();
	}

	/** Raises the version from the one the caller saw; fails when someone changed the survey meanwhile. */
	void touch(Survey survey) {
		int updated = jdbc.sql("update par_survey set lock_version = lock_version + 1 where id = ? and lock_version = ?")
			.params(survey.id(), survey.version()).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("survey " + survey.id() + " changed meanwhile");
		}
	}

	void updateDetails(Survey survey, String title, String description, boolean paperCheck) {
		touch(survey);
		jdbc.sql("update par_survey set title = ?, description = ?, paper_check = ? where id = ?")
			.params(title, description, paperCheck, survey.id()).update();
	}

	void setState(Survey survey, SurveyState state, Instant now) {
		touch(survey);
		String column = state == SurveyState.OPEN ? "opened_at" : "closed_at";
		jdbc.sql("update par_survey set state = ?, " + column + " = ? where id = ?")
			.params(state.name(), Utc.of(now), survey.id()).update();
	}

	long addQuestion(Survey survey, Question q) {
		touch(survey);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into par_survey_question (survey_id, position, kind, text, help, required, options, min_value,
				max_value, condition_question_id, condition_option) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(survey.id(), q.position(), q.kind().name(), q.text(), q.help(), q.required(),
					String.join("\n", q.options()), q.min(), q.max(),
					q.condition() == null ? null : q.condition().questionId(),
					q.condition() == null ? null : q.condition().option())
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Removes a question of a draft with the questions that depend on it, and closes the gap in the numbering. */
	void removeQuestion(Survey survey, long questionId) {
		touch(survey);
		jdbc.sql("delete from par_survey_question where survey_id = ? and condition_question_id = ?")
			.params(survey.id(), questionId).update();
		jdbc.sql("delete from par_survey_question where survey_id = ? and id = ?").params(survey.id(), questionId)
			.update();
		List<Long> left = jdbc.sql("select id from par_survey_question where survey_id = ? order by position")
			.param(survey.id()).query(Long.class).list();
		for (int i = 0; i < left.size(); i++) {
			jdbc.sql("update par_survey_question set position = ? where id = ?").params(i + 1, left.get(i)).update();
		}
	}

	/** When a survey was published and closed ({@code null} while not). */
	record Dates(Instant openedAt, Instant closedAt) {
	}

	Dates dates(long surveyId) {
		return jdbc.sql("select opened_at, closed_at from par_survey where id = ?").param(surveyId)
			.query((rs, n) -> new Dates(instant(rs, "opened_at"), instant(rs, "closed_at"))).single();
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, java.time.OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private Survey survey(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new Survey(id, new ProvinceCode(rs.getString("province_code")), rs.getString("title"),
				rs.getString("description"), SurveyState.valueOf(rs.getString("state")), rs.getString("public_key"),
				rs.getBoolean("paper_check"), rs.getInt("lock_version"), questions(id));
	}

	private List<Question> questions(long surveyId) {
		return jdbc.sql("select * from par_survey_question where survey_id = ? order by position")
			.param(surveyId).query((rs, n) -> question(rs)).list();
	}

	private static Question question(ResultSet rs) throws SQLException {
		String options = rs.getString("options");
		long condition = rs.getLong("condition_question_id");
		Question.Condition when = rs.wasNull() ? null : new Question.Condition(condition, rs.getInt("condition_option"));
		return new Question(rs.getLong("id"), rs.getInt("position"), QuestionKind.valueOf(rs.getString("kind")),
				rs.getString("text"), rs.getString("help"), rs.getBoolean("required"),
				options.isEmpty() ? List.of() : Arrays.asList(options.split("\n")), rs.getBigDecimal("min_value"),
				rs.getBigDecimal("max_value"), when);
	}
}
