package org.smartcityplanner.participation.internal.survey;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.domain.survey.Question;
import org.smartcityplanner.participation.domain.survey.QuestionKind;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes responses out as text, one cell per question: chosen options joined by "; ", a ranking as
 * "1. first; 2. second", a place as its area (and point), numbers without trailing zeros. The exports and the
 * paper check read responses through it, so both show an answer the same way.
 */
final class ResponseReader {

	private final JdbcClient jdbc;
	private final SurveyLabels labels;
	private final Map<Long, String> areaNames;
	private final Locale language;

	ResponseReader(JdbcClient jdbc, SurveyLabels labels, Map<Long, String> areaNames, Locale language) {
		this.jdbc = jdbc;
		this.labels = labels;
		this.areaNames = areaNames;
		this.language = language;
	}

	List<ResponseView> counted(Survey survey) {
		return read(survey, true);
	}

	List<ResponseView> awaitingCheck(Survey survey) {
		return read(survey, false);
	}

	private record Row(long responseId, long questionId, Integer option, Integer rank, BigDecimal number, String text,
			Long area, BigDecimal lat, BigDecimal lon) {
	}

	/** One page of the counted responses, oldest first, with the total: three queries. */
	PageOf<ResponseView> counted(Survey survey, Paging paging) {
		return page(survey, true, paging);
	}

	/** One page of the paper responses awaiting their check, oldest first, with the total. */
	PageOf<ResponseView> awaitingCheck(Survey survey, Paging paging) {
		return page(survey, false, paging);
	}

	private PageOf<ResponseView> page(Survey survey, boolean counted, Paging paging) {
		long total = jdbc.sql("select count(*) from par_survey_response where survey_id = ? and counted = ?")
			.params(survey.id(), counted).query(Long.class).single();
		return PageOf.of(read(survey, counted, paging), paging, total);
	}

	private List<ResponseView> read(Survey survey, boolean counted) {
		return read(survey, counted, null);
	}

	/** The responses, all of them or one page ({@code paging} not null): two queries either way. */
	private List<ResponseView> read(Survey survey, boolean counted, Paging paging) {
		Map<Long, ResponseView> heads = new LinkedHashMap<>();
		String heading = """
				select id, channel, submitted_at, entered_by, sector, area_id from par_survey_response
				where survey_id = ? and counted = ? order by submitted_at, id""";
		(paging == null ? jdbc.sql(heading).params(survey.id(), counted)
				: jdbc.sql(heading + " limit ? offset ?").params(survey.id(), counted, paging.size(), paging.offset()))
			.query(rs -> {
				long area = rs.getLong("area_id");
				String areaLabel = rs.wasNull() ? labels.elsewhere(language) : areaNames.getOrDefault(area, "");
				heads.put(rs.getLong("id"), new ResponseView(rs.getLong("id"), rs.getString("channel"),
						rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
						rs.getString("entered_by") == null ? "" : rs.getString("entered_by"),
						labels.sector(rs.getString("sector"), language), areaLabel, List.of()));
			});
		Map<Long, Map<Long, List<Row>>> answers = new HashMap<>();
		if (paging != null && heads.isEmpty()) {
			return List.of();
		}
		(paging == null ? jdbc.sql("""
				select a.* from par_survey_answer a join par_survey_response r on r.id = a.response_id
				where r.survey_id = ? and r.counted = ? order by a.response_id, a.question_id, a.option_index""")
			.params(survey.id(), counted)
				: jdbc.sql("""
						select a.* from par_survey_answer a where a.response_id in (:ids)
						order by a.response_id, a.question_id, a.option_index""").param("ids", List.copyOf(heads.keySet())))
			.query(rs -> {
				Row row = new Row(rs.getLong("response_id"), rs.getLong("question_id"),
						rs.getObject("option_index", Integer.class), rs.getObject("rank_value", Integer.class),
						rs.getBigDecimal("number_value"), rs.getString("text_value"),
						rs.getObject("area_id", Long.class), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"));
				answers.computeIfAbsent(row.responseId(), k -> new HashMap<>())
					.computeIfAbsent(row.questionId(), k -> new ArrayList<>()).add(row);
			});
		List<ResponseView> views = new ArrayList<>();
		for (ResponseView head : heads.values()) {
			Map<Long, List<Row>> own = answers.getOrDefault(head.id(), Map.of());
			List<String> cells = survey.questions().stream().map(q -> cell(q, own.getOrDefault(q.id(), List.of())))
				.toList();
			views.add(new ResponseView(head.id(), head.channel(), head.submittedAt(), head.enteredBy(), head.sector(),
					head.area(), cells));
		}
		return views;
	}

	private String cell(Question q, List<Row> rows) {
		if (rows.isEmpty()) {
			return "";
		}
		Row first = rows.get(0);
		return switch (q.kind()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join("; ",
					rows.stream().map(r -> q.options().get(r.option())).toList());
			case LIKERT -> labels.likert(first.option() + 1, language);
			case RANKING -> {
				Map<Integer, String> byRank = new TreeMap<>();
				rows.forEach(r -> byRank.put(r.rank(), q.options().get(r.option())));
				yield String.join("; ", byRank.entrySet().stream().map(e -> e.getKey() + ". " + e.getValue()).toList());
			}
			case NUMBER -> first.number().stripTrailingZeros().toPlainString();
			case TEXT -> first.text();
			case MAP -> (first.area() == null ? labels.elsewhere(language) : areaNames.getOrDefault(first.area(), ""))
					+ (first.lat() == null ? "" : " (" + first.lat().toPlainString() + ", " + first.lon().toPlainString() + ")");
		};
	}

	/** Whether a question's answers are written as numbers in a workbook. */
	static boolean numeric(Question q) {
		return q.kind() == QuestionKind.NUMBER;
	}
}
