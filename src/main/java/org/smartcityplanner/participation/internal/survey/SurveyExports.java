package org.smartcityplanner.participation.internal.survey;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.shared.CsvCells;
import org.smartcityplanner.participation.domain.survey.Question;
import org.smartcityplanner.participation.domain.survey.TextRules;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Part.Table.Column;
import org.smartcityplanner.publication.Publisher;
import org.smartcityplanner.publication.Value;
import org.smartcityplanner.publication.Workbook;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * A survey's responses as CSV (UTF-8 with a byte-order mark so Excel reads Thai) and as a workbook (responses,
 * and the results per question from the same figures as the results page). Text that a spreadsheet would run as
 * a formula is written with an apostrophe in CSV and as quote-prefixed text by the workbook engine.
 */
@Component
public class SurveyExports {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final SurveyUseCases surveys;
	private final SurveyLabels labels;
	private final Publisher publisher;
	private final Clock clock;

	SurveyExports(SurveyUseCases surveys, SurveyLabels labels, Publisher publisher, Clock clock) {
		this.surveys = surveys;
		this.labels = labels;
		this.publisher = publisher;
		this.clock = clock;
	}

	public byte[] csv(ProvinceCode province, long surveyId, Locale language) {
		Survey survey = surveys.survey(province, surveyId);
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(CsvCells.line(header(survey, language)));
		for (ResponseView r : surveys.responses(province, surveyId, language)) {
			List<String> cells = new ArrayList<>(List.of(String.valueOf(r.id()), channel(r, language),
					r.submittedAt().atZone(BANGKOK).toLocalDateTime().withNano(0).toString(), r.sector(), r.area()));
			cells.addAll(r.answers());
			out.append(CsvCells.line(cells));
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	public byte[] xlsx(ProvinceCode province, long surveyId, Locale language) {
		Survey survey = surveys.survey(province, surveyId);
		SurveyResults results = surveys.results(province, surveyId, language);
		List<String> title = List.of(survey.title(), labels.text("participation.survey.export.counted", language,
				results.summary().responses(), results.summary().online(), results.summary().paper()));
		return publisher.xlsx(new Workbook(survey.title(), language, clock.instant(), List.of(
				new Workbook.Sheet(labels.text("participation.survey.export.responsesSheet", language), title,
						responses(survey, province, language), true),
				new Workbook.Sheet(labels.text("participation.survey.export.resultsSheet", language), title,
						results(results, language), false))));
	}

	private Part.Table responses(Survey survey, ProvinceCode province, Locale language) {
		List<Column> columns = new ArrayList<>();
		for (String h : header(survey, language)) {
			columns.add(Column.text(h, 2));
		}
		List<List<Value>> rows = new ArrayList<>();
		for (ResponseView r : surveys.responses(province, survey.id(), language)) {
			List<Value> row = new ArrayList<>(List.of(Value.whole(r.id()), Value.text(channel(r, language)),
					Value.text(r.submittedAt().atZone(BANGKOK).toLocalDateTime().withNano(0).toString()),
					Value.text(r.sector()), Value.text(r.area())));
			for (int i = 0; i < survey.questions().size(); i++) {
				String cell = r.answers().get(i);
				BigDecimal number = ResponseReader.numeric(survey.questions().get(i)) && !cell.isEmpty()
						? TextRules.number(cell) : null;
				row.add(number != null ? new Value.Number(number, number.scale() > 0) : Value.text(cell));
			}
			rows.add(row);
		}
		return new Part.Table("", columns, rows);
	}

	private Part.Table results(SurveyResults results, Locale language) {
		List<List<Value>> rows = new ArrayList<>();
		for (SurveyResults.QuestionResult q : results.questions()) {
			for (SurveyResults.OptionResult o : q.options()) {
				rows.add(List.of(Value.whole(q.position()), Value.text(q.text()), Value.text(o.label()),
						Value.whole(o.count()), Value.decimal(o.percent()), Value.decimal(o.meanRank()),
						Value.whole(q.answered())));
			}
			if (q.mean() != null) {
				rows.add(figure(q, labels.text("participation.survey.results.mean", language), q.mean()));
			}
			if (q.number() != null) {
				rows.add(figure(q, labels.text("participation.survey.results.median", language), q.number().median()));
				rows.add(figure(q, labels.text("participation.survey.results.min", language), q.number().min()));
				rows.add(figure(q, labels.text("participation.survey.results.max", language), q.number().max()));
			}
		}
		String l = "participation.survey.export.col.";
		return new Part.Table("", List.of(Column.number(labels.text(l + "no", language), 1),
				Column.text(labels.text(l + "question", language), 6), Column.text(labels.text(l + "option", language), 4),
				Column.number(labels.text(l + "count", language), 1.5), Column.number(labels.text(l + "percent", language), 1.5),
				Column.number(labels.text(l + "value", language), 1.5),
				Column.number(labels.text(l + "answered", language), 1.5)), rows);
	}

	private static List<Value> figure(SurveyResults.QuestionResult q, String label, BigDecimal value) {
		return List.of(Value.whole(q.position()), Value.text(q.text()), Value.text(label), Value.empty(), Value.empty(),
				Value.decimal(value), Value.whole(q.answered()));
	}

	private List<String> header(Survey survey, Locale language) {
		String l = "participation.survey.export.col.";
		List<String> header = new ArrayList<>(List.of(labels.text(l + "response", language),
				labels.text(l + "channel", language), labels.text(l + "submittedAt", language),
				labels.text(l + "sector", language), labels.text(l + "area", language)));
		for (Question q : survey.questions()) {
			header.add(q.position() + ". " + q.text());
		}
		return header;
	}

	private String channel(ResponseView r, Locale language) {
		return labels.text("participation.survey.channel." + r.channel(), language);
	}
}
