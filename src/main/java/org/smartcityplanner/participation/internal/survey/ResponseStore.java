package org.smartcityplanner.participation.internal.survey;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.participation.domain.survey.Answer;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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

	/** Rows per multi-row insert: 9 parameters each stays far below every driver's limit on parameters. */
	static final int ROWS_PER_INSERT = 500;

	/**
	 * The answer columns' SQL types: with them a null needs no look-up of its column's type (which costs PostgreSQL's
	 * driver a round trip).
	 */
	private static final int[] ANSWER_TYPES = { Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.INTEGER,
			Types.NUMERIC, Types.VARCHAR, Types.BIGINT, Types.NUMERIC, Types.NUMERIC };

	private final JdbcClient jdbc;

	ResponseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param participantKey who answered, where the process tells people apart ({@code code:<id>},
	 *        {@code account:<id>}), else {@code null}: unique per survey, so a participant answers once
	 * @return the new response's id, or empty when the submission key, or the participant, was stored before
	 *         (nothing was written; {@link #exists} tells which)
	 */
	Optional<Long> store(long surveyId, String submissionKey, String participantKey, Channel channel,
			AnswerSheet sheet, String enteredBy, boolean counted, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		int inserted;
		try {
			inserted = jdbc.sql("""
					insert into par_survey_response (survey_id, submission_key, participant_key, channel, sector, area_id,
					submitted_at, entered_by, counted) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(surveyId, submissionKey, new SqlParameterValue(Types.VARCHAR, participantKey), channel.name(),
						new SqlParameterValue(Types.VARCHAR, sheet.sector() == null ? null : sheet.sector().name()),
						new SqlParameterValue(Types.BIGINT, sheet.areaId()), Utc.of(now),
						new SqlParameterValue(Types.VARCHAR, enteredBy), counted)
				.update(key, "id");
		}
		catch (DuplicateKeyException raced) {
			// H2 reports a concurrent duplicate instead of waiting: the other request stored it
			return Optional.empty();
		}
		if (inserted == 0) {
			return Optional.empty();
		}
		long id = key.getKey().longValue();
		insertAnswers(id, sheet.answers());
		return Optional.of(id);
	}

	/** Whether a submission key is one a form could have carried (a random UUID or the like). */
	static boolean validKey(String submissionKey) {
		return submissionKey != null && submissionKey.matches("[A-Za-z0-9_-]{16,64}");
	}

	boolean exists(long surveyId, String submissionKey) {
		return jdbc.sql("select count(*) from par_survey_response where survey_id = ? and submission_key = ?")
			.params(surveyId, submissionKey).query(Integer.class).single() > 0;
	}

	/** Whether the participant answered the survey before (online, under a lasting key). */
	boolean answeredBy(long surveyId, String participantKey) {
		return jdbc.sql("select count(*) from par_survey_response where survey_id = ? and participant_key = ?")
			.params(surveyId, participantKey).query(Integer.class).single() > 0;
	}

	/** All of a response's answer rows in one multi-row insert per {@link #ROWS_PER_INSERT} rows (one in practice). */
	private void insertAnswers(long responseId, List<Answer> answers) {
		List<Object[]> rows = new ArrayList<>();
		answers.forEach(answer -> rows.addAll(rows(responseId, answer)));
		for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
			StringBuilder sql = new StringBuilder("""
					insert into par_survey_answer (response_id, question_id, option_index, rank_value, number_value,
					text_value, area_id, latitude, longitude) values """);
			List<Object> params = new ArrayList<>(chunk.size() * 9);
			for (int i = 0; i < chunk.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
				for (int column = 0; column < ANSWER_TYPES.length; column++) {
					params.add(new SqlParameterValue(ANSWER_TYPES[column], chunk.get(i)[column]));
				}
			}
			jdbc.sql(sql.toString()).params(params).update();
		}
	}

	/** The rows of one answer: one per chosen option or ranked option, one for any other kind. */
	private static List<Object[]> rows(long responseId, Answer answer) {
		// (pattern matching for switch is not in Java 17)
		if (answer instanceof Answer.Choices c) {
			return c.options().stream()
				.map(o -> new Object[] { responseId, c.questionId(), o, null, null, null, null, null, null }).toList();
		}
		if (answer instanceof Answer.Ranks r) {
			List<Object[]> rows = new ArrayList<>();
			for (int i = 0; i < r.rankByOption().size(); i++) {
				rows.add(new Object[] { responseId, r.questionId(), i, r.rankByOption().get(i), null, null, null, null,
						null });
			}
			return rows;
		}
		if (answer instanceof Answer.Number n) {
			return List.<Object[]>of(new Object[] { responseId, n.questionId(), null, null, n.value(), null, null, null,
					null });
		}
		if (answer instanceof Answer.Text t) {
			return List.<Object[]>of(new Object[] { responseId, t.questionId(), null, null, null, t.text(), null, null,
					null });
		}
		if (answer instanceof Answer.Place p) {
			return List.<Object[]>of(new Object[] { responseId, p.questionId(), null, null, null, null, p.areaId(),
					p.latitude(), p.longitude() });
		}
		throw new IllegalArgumentException("unknown answer " + answer);
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
