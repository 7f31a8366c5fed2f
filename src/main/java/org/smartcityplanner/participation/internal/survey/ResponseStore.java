package org.smartcityplanner.participation.internal.survey;

import java.time.Instant;
import java.util.Optional;

import org.smartcityplanner.participation.domain.survey.Answer;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores responses exactly once: the submission key made when the form was shown is unique per survey, and the
 * insert does nothing when it is already there (PostgreSQL makes a racing second insert wait for the first and then
 * do nothing), so a double tap, a retried request or a second node stores no second response.
 */
@Repository
class ResponseStore {

	/** How a response reached the survey. */
	enum Channel {
		ONLINE, PAPER
	}

	private final JdbcClient jdbc;

	ResponseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the new response's id, or empty when the submission key was stored before (nothing was written)
	 */
	Optional<Long> store(long surveyId, String submissionKey, Channel channel, AnswerSheet sheet, String enteredBy,
			boolean counted, Instant now) {
		int inserted;
		try {
			inserted = jdbc.sql("""
					insert into par_survey_response (survey_id, submission_key, channel, sector, area_id, submitted_at,
					entered_by, counted) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(surveyId, submissionKey, channel.name(), sheet.sector() == null ? null : sheet.sector().name(),
						sheet.areaId(), Utc.of(now), enteredBy, counted)
				.update();
		}
		catch (DuplicateKeyException raced) {
			// H2 reports a concurrent duplicate instead of waiting: the other request stored it
			return Optional.empty();
		}
		if (inserted == 0) {
			return Optional.empty();
		}
		long id = jdbc.sql("select id from par_survey_response where survey_id = ? and submission_key = ?")
			.params(surveyId, submissionKey).query(Long.class).single();
		for (Answer answer : sheet.answers()) {
			insertAnswer(id, answer);
		}
		return Optional.of(id);
	}

	boolean exists(long surveyId, String submissionKey) {
		return jdbc.sql("select count(*) from par_survey_response where survey_id = ? and submission_key = ?")
			.params(surveyId, submissionKey).query(Integer.class).single() > 0;
	}

	private void insertAnswer(long responseId, Answer answer) {
		String sql = """
				insert into par_survey_answer (response_id, question_id, option_index, rank_value, number_value,
				text_value, area_id, latitude, longitude) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
		// (pattern matching for switch is not in Java 17)
		if (answer instanceof Answer.Choices c) {
			c.options().forEach(o -> jdbc.sql(sql).params(responseId, c.questionId(), o, null, null, null, null, null,
					null).update());
		}
		else if (answer instanceof Answer.Ranks r) {
			for (int i = 0; i < r.rankByOption().size(); i++) {
				jdbc.sql(sql).params(responseId, r.questionId(), i, r.rankByOption().get(i), null, null, null, null, null)
					.update();
			}
		}
		else if (answer instanceof Answer.Number n) {
			jdbc.sql(sql).params(responseId, n.questionId(), null, null, n.value(), null, null, null, null).update();
		}
		else if (answer instanceof Answer.Text t) {
			jdbc.sql(sql).params(responseId, t.questionId(), null, null, null, t.text(), null, null, null).update();
		}
		else if (answer instanceof Answer.Place p) {
			jdbc.sql(sql).params(responseId, p.questionId(), null, null, null, null, p.areaId(), p.latitude(),
					p.longitude()).update();
		}
	}

	/**
	 * Marks a paper response checked by a second person: only one of this survey, not yet counted, and entered by
	 * someone else.
	 *
	 * @return whether it was marked
	 */
	boolean confirm(long surveyId, long responseId, String checkedBy) {
		return jdbc.sql("""
				update par_survey_response set counted = true, checked_by = ?
				where id = ? and survey_id = ? and channel = 'PAPER' and counted = false and entered_by <> ?""")
			.params(checkedBy, responseId, surveyId, checkedBy).update() == 1;
	}

	/** Discards a paper response the check found wrong (it was never counted). */
	boolean discard(long surveyId, long responseId) {
		return jdbc.sql("""
				delete from par_survey_response
				where id = ? and survey_id = ? and channel = 'PAPER' and counted = false""")
			.params(responseId, surveyId).update() == 1;
	}
}
