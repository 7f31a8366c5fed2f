package org.smartcityplanner.participation.internal.survey;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every count of the surveys, in one place: the survey list, the results page, the API, the exports and the
 * process's statistics all read these queries, so no two pages can disagree. Only responses that count are in the
 * results (online ones, and paper ones once checked when the survey asks for a check); paper responses count
 * exactly like online ones. Each query groups in the database and returns one row per figure, so a survey with
 * thousands of responses costs a handful of grouped scans over indexed columns.
 */
@Component
public class SurveyFigures {

	private final JdbcClient jdbc;

	SurveyFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts of one survey. */
	public record Counts(int questions, long online, long paper, long awaitingCheck) {

		public long responses() {
			return online + paper;
		}
	}

	/** A survey's counts by survey id, for every survey of the province. */
	public Map<Long, Counts> countsOf(ProvinceCode province) {
		Map<Long, long[]> byId = new HashMap<>();
		jdbc.sql("""
				select s.id, r.channel, r.counted, count(r.id) as n from par_survey s
				left join par_survey_response r on r.survey_id = s.id
				where s.province_code = ? group by s.id, r.channel, r.counted""").param(province.value())
			.query(rs -> {
				long[] c = byId.computeIfAbsent(rs.getLong("id"), k -> new long[3]);
				String channel = rs.getString("channel");
				if (channel != null) {
					int slot = !rs.getBoolean("counted") ? 2 : "ONLINE".equals(channel) ? 0 : 1;
					c[slot] += rs.getLong("n");
				}
			});
		Map<Long, Integer> questions = new HashMap<>();
		jdbc.sql("""
				select q.survey_id, count(*) as n from par_survey_question q join par_survey s on s.id = q.survey_id
				where s.province_code = ? group by q.survey_id""").param(province.value())
			.query(rs -> {
				questions.put(rs.getLong("survey_id"), rs.getInt("n"));
			});
		Map<Long, Counts> counts = new HashMap<>();
		byId.forEach((id, c) -> counts.put(id, new Counts(questions.getOrDefault(id, 0), c[0], c[1], c[2])));
		return counts;
	}

	/**
	 * One group of counted responses across all the province's surveys: the respondent's sector ({@code null}:
	 * the general public), target area ({@code null}: elsewhere or not said) and channel ({@code ONLINE},
	 * {@code PAPER}).
	 */
	public record RespondentGroup(String sector, Long areaId, String channel, long responses) {
	}

	/** The province's counted responses grouped by sector, area and channel (the book's participation chapter). */
	public List<RespondentGroup> respondentsOf(ProvinceCode province) {
		return jdbc.sql("""
				select r.sector, r.area_id, r.channel, count(*) as n from par_survey_response r
				join par_survey s on s.id = r.survey_id
				where s.province_code = ? and r.counted = true group by r.sector, r.area_id, r.channel""")
			.param(province.value())
			.query((rs, row) -> new RespondentGroup(rs.getString("sector"), rs.getObject("area_id", Long.class),
					rs.getString("channel"), rs.getLong("n")))
			.list();
	}

	/** Counted responses that answered each question, by question id. */
	public Map<Long, Long> answeredByQuestion(long surveyId) {
		Map<Long, Long> answered = new HashMap<>();
		jdbc.sql("""
				select a.question_id, count(distinct a.response_id) as n from par_survey_answer a
				join par_survey_response r on r.id = a.response_id
				where r.survey_id = ? and r.counted = true group by a.question_id""").param(surveyId)
			.query(rs -> {
				answered.put(rs.getLong("question_id"), rs.getLong("n"));
			});
		return answered;
	}

	/** One grouped figure: a question, a key within it (option index, area id) and a count or a value. */
	public record Cell(long questionId, Long key, long count, BigDecimal value) {
	}

	/** Answers per option of every choice and Likert question (ranking: how often ranked first). */
	public List<Cell> optionCounts(long surveyId) {
		return jdbc.sql("""
				select a.question_id, a.option_index, count(*) as n from par_survey_answer a
				join par_survey_response r on r.id = a.response_id
				where r.survey_id = ? and r.counted = true and a.option_index is not null
				and (a.rank_value is null or a.rank_value = 1)
				group by a.question_id, a.option_index""").param(surveyId)
			.query((rs, n) -> new Cell(rs.getLong(1), rs.getLong(2), rs.getLong(3), null)).list();
	}

	/** The mean rank of each option of every ranking question. */
	public List<Cell> meanRanks(long surveyId) {
		return jdbc.sql("""
				select a.question_id, a.option_index, count(*) as n, avg(cast(a.rank_value as decimal(19, 4))) as m
				from par_survey_answer a join par_survey_response r on r.id = a.response_id
				where r.survey_id = ? and r.counted = true and a.rank_value is not null
				group by a.question_id, a.option_index""").param(surveyId)
			.query((rs, n) -> new Cell(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4))).list();
	}

	/** Answers per target area of every map question ({@code key} null: elsewhere in the province). */
	public List<Cell> areaCounts(long surveyId) {
		return jdbc.sql("""
				select a.question_id, a.area_id, count(*) as n from par_survey_answer a
				join par_survey_response r on r.id = a.response_id
				join par_survey_question q on q.id = a.question_id
				where r.survey_id = ? and r.counted = true and q.kind = 'MAP'
				group by a.question_id, a.area_id""").param(surveyId)
			.query((rs, n) -> new Cell(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getLong(3), null)).list();
	}

	/** Every counted number answer by question, in ascending order (for the mean, median and spread). */
	public Map<Long, List<BigDecimal>> numbers(long surveyId) {
		Map<Long, List<BigDecimal>> numbers = new HashMap<>();
		jdbc.sql("""
				select a.question_id, a.number_value from par_survey_answer a
				join par_survey_response r on r.id = a.response_id
				where r.survey_id = ? and r.counted = true and a.number_value is not null
				order by a.question_id, a.number_value""").param(surveyId)
			.query(rs -> {
				numbers.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getBigDecimal(2));
			});
		return numbers;
	}

	/** The latest counted open answers to a question, newest first. */
	public List<String> latestTexts(long questionId, int limit) {
		return jdbc.sql("""
				select a.text_value from par_survey_answer a join par_survey_response r on r.id = a.response_id
				where a.question_id = ? and r.counted = true and a.text_value is not null
				order by r.submitted_at desc, r.id desc limit ?""").params(questionId, limit).query(String.class).list();
	}

	/**
	 * A question's answers by option and respondent group: {@code key} is the option index, {@code value} the
	 * group (0 for none), {@code count} the answers.
	 *
	 * @param bySector group by the respondent's sector rather than their target area
	 */
	public List<GroupCell> crossTab(long questionId, boolean bySector) {
		String group = bySector ? "r.sector" : "r.area_id";
		return jdbc.sql("select a.option_index, " + group + " as g, count(*) as n from par_survey_answer a "
				+ "join par_survey_response r on r.id = a.response_id where a.question_id = ? and r.counted = true "
				+ "and a.option_index is not null group by a.option_index, " + group).param(questionId)
			.query((rs, n) -> new GroupCell(rs.getInt(1), rs.getString(2), rs.getLong(3))).list();
	}

	/** Respondents of a question per group (the base of a cross-tab's column percentages). */
	public Map<String, Long> respondentsByGroup(long questionId, boolean bySector) {
		String group = bySector ? "r.sector" : "r.area_id";
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select " + group + " as g, count(distinct r.id) as n from par_survey_answer a "
				+ "join par_survey_response r on r.id = a.response_id where a.question_id = ? and r.counted = true "
				+ "group by " + group).param(questionId)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	/** One cross-tab cell: option, group ({@code null}: no sector / elsewhere), answers. */
	public record GroupCell(int option, String group, long count) {
	}

	/** When the survey's latest counted response came in, or {@code null}. */
	public OffsetDateTime lastResponseAt(long surveyId) {
		return jdbc.sql("select max(submitted_at) from par_survey_response where survey_id = ? and counted = true")
			.param(surveyId).query(OffsetDateTime.class).single();
	}
}
