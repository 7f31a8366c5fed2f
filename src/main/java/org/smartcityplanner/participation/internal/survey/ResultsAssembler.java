package org.smartcityplanner.participation.internal.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smartcityplanner.participation.CrossTab;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.participation.SurveyResults.NumberSpread;
import org.smartcityplanner.participation.SurveyResults.OptionResult;
import org.smartcityplanner.participation.SurveyResults.QuestionResult;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.survey.Question;
import org.smartcityplanner.participation.domain.survey.QuestionKind;

/** Puts {@link SurveyFigures}' grouped counts together as results and cross-tabs with their labels. */
final class ResultsAssembler {

	private final SurveyFigures figures;
	private final SurveyLabels labels;
	private final Map<Long, String> areaNames;
	private final Locale language;

	ResultsAssembler(SurveyFigures figures, SurveyLabels labels, Map<Long, String> areaNames, Locale language) {
		this.figures = figures;
		this.labels = labels;
		this.areaNames = areaNames;
		this.language = language;
	}

	SurveyResults results(SurveySummary summary, Survey survey) {
		long id = survey.id();
		Map<Long, Long> answered = figures.answeredByQuestion(id);
		Map<Long, Map<Long, SurveyFigures.Cell>> counts = byQuestion(figures.optionCounts(id));
		Map<Long, Map<Long, SurveyFigures.Cell>> ranks = byQuestion(figures.meanRanks(id));
		Map<Long, Map<Long, SurveyFigures.Cell>> areas = byQuestion(figures.areaCounts(id));
		Map<Long, List<BigDecimal>> numbers = figures.numbers(id);
		List<QuestionResult> results = new ArrayList<>();
		for (Question q : survey.questions()) {
			long base = answered.getOrDefault(q.id(), 0L);
			Map<Long, SurveyFigures.Cell> own = counts.getOrDefault(q.id(), new HashMap<>());
			List<OptionResult> options = new ArrayList<>();
			BigDecimal mean = null;
			NumberSpread spread = null;
			List<String> texts = List.of();
			switch (q.kind()) {
				case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
					for (int i = 0; i < q.optionCount(); i++) {
						options.add(option(q.options().get(i), count(own, (long) i), base, null));
					}
				}
				case LIKERT -> {
					long sum = 0;
					for (int i = 0; i < q.optionCount(); i++) {
						long n = count(own, (long) i);
						sum += n * (i + 1);
						options.add(option(labels.likert(i + 1, language), n, base, null));
					}
					mean = base == 0 ? null : ratio(sum, base);
				}
				case RANKING -> {
					Map<Long, SurveyFigures.Cell> rank = ranks.getOrDefault(q.id(), new HashMap<>());
					for (int i = 0; i < q.optionCount(); i++) {
						SurveyFigures.Cell r = rank.get((long) i);
						options.add(option(q.options().get(i), count(own, (long) i), base,
								r == null ? null : r.value().setScale(2, RoundingMode.HALF_UP)));
					}
				}
				case MAP -> {
					// a HashMap: "elsewhere" is the null key, which Map.of() refuses even to look up
					Map<Long, SurveyFigures.Cell> own2 = areas.getOrDefault(q.id(), new HashMap<>());
					areaNames.forEach((areaId, name) -> options.add(option(name, count(own2, areaId), base, null)));
					options.add(option(labels.elsewhere(language), count(own2, null), base, null));
				}
				case NUMBER -> {
					List<BigDecimal> values = numbers.getOrDefault(q.id(), List.of());
					if (!values.isEmpty()) {
						mean = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
							.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
						spread = new NumberSpread(values.get(0), median(values), values.get(values.size() - 1));
					}
				}
				case TEXT -> texts = figures.latestTexts(q.id(), QuestionResult.TEXT_SAMPLE);
			}
			results.add(new QuestionResult(q.id(), q.position(), q.kind(), q.text(), base, options, mean, spread, texts));
		}
		return new SurveyResults(summary, results);
	}

	CrossTab crossTab(Question q, CrossTab.By by) {
		boolean bySector = by == CrossTab.By.SECTOR;
		List<String> groups = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		if (bySector) {
			for (Sector s : Sector.values()) {
				groups.add(s.name());
				columns.add(labels.sector(s.name(), language));
			}
			columns.add(labels.sector(null, language));
		}
		else {
			areaNames.forEach((id, name) -> {
				groups.add(String.valueOf(id));
				columns.add(name);
			});
			columns.add(labels.elsewhere(language));
		}
		groups.add(null);
		Map<String, Long> cells = new HashMap<>();
		for (SurveyFigures.GroupCell c : figures.crossTab(q.id(), bySector)) {
			cells.merge(c.option() + "/" + c.group(), c.count(), Long::sum);
		}
		List<CrossTab.Row> rows = new ArrayList<>();
		for (int i = 0; i < q.optionCount(); i++) {
			String label = q.kind() == QuestionKind.LIKERT ? labels.likert(i + 1, language) : q.options().get(i);
			int option = i;
			rows.add(new CrossTab.Row(label,
					groups.stream().map(g -> cells.getOrDefault(option + "/" + g, 0L)).toList()));
		}
		Map<String, Long> totals = figures.respondentsByGroup(q.id(), bySector);
		return new CrossTab(q.id(), by, columns, rows, groups.stream().map(g -> totals.getOrDefault(g, 0L)).toList());
	}

	private static Map<Long, Map<Long, SurveyFigures.Cell>> byQuestion(List<SurveyFigures.Cell> cells) {
		Map<Long, Map<Long, SurveyFigures.Cell>> map = new HashMap<>();
		cells.forEach(c -> map.computeIfAbsent(c.questionId(), k -> new HashMap<>()).put(c.key(), c));
		return map;
	}

	private static long count(Map<Long, SurveyFigures.Cell> cells, Long key) {
		SurveyFigures.Cell cell = cells.get(key);
		return cell == null ? 0 : cell.count();
	}

	private static OptionResult option(String label, long count, long base, BigDecimal meanRank) {
		return new OptionResult(label, count, base == 0 ? BigDecimal.ZERO.setScale(2) : ratio(count * 100, base),
				meanRank);
	}

	private static BigDecimal ratio(long numerator, long denominator) {
		return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal median(List<BigDecimal> sorted) {
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
	}
}
