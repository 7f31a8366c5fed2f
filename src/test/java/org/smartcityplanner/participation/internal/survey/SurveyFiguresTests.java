package org.smartcityplanner.participation.internal.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.CrossTab;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.participation.domain.survey.Answer;
import org.smartcityplanner.participation.domain.survey.AnswerRules;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.participation.domain.survey.Question;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one figures query checked against an independent count: random respondents are sent through the real
 * online and paper routes, and every count, mean, median, mean rank and cross-tab cell the database groups is
 * recomputed in plain Java from the same answers. Runs on H2 and PostgreSQL, in TH-14.
 */
@DatabaseTest
class SurveyFiguresTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-14");
	static final Locale THAI = Locale.forLanguageTag("th");

	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;

	@Test
	void everyFigureEqualsAnIndependentCountOfTheSameAnswers() {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, PROVINCE, "ตรวจตัวเลข " + UUID.randomUUID(), false);
		Random random = new Random(37);
		List<AnswerSheet> sent = new ArrayList<>();
		for (int i = 0; i < 240; i++) {
			AnswerSheet.Raw raw = RandomAnswers.of(fx, random);
			String key = UUID.randomUUID().toString();
			Submission result = i % 3 == 0 ? surveys.submitPaper(PROVINCE, fx.survey.id(), key, raw)
					: surveys.submitOnline(fx.survey.publicKey(), key, raw);
			assertThat(result.outcome()).isEqualTo(Submission.Outcome.STORED);
			sent.add(AnswerRules.read(fx.survey.questions(), raw, Set.copyOf(fx.areas)).sheet());
		}
		SurveyResults results = surveys.results(PROVINCE, fx.survey.id(), THAI);
		assertThat(results.summary().responses()).isEqualTo(240);
		assertThat(results.summary().paper()).isEqualTo(80);
		for (Question q : fx.survey.questions()) {
			SurveyResults.QuestionResult r = results.questions().get(q.position() - 1);
			List<Answer> answers = sent.stream().flatMap(s -> s.answerTo(q.id()).stream()).toList();
			assertThat(r.answered()).as("answered %s", q.text()).isEqualTo(answers.size());
			switch (q.kind()) {
				case SINGLE_CHOICE, MULTIPLE_CHOICE, LIKERT -> {
					for (int o = 0; o < q.optionCount(); o++) {
						int option = o;
						long count = answers.stream().filter(a -> ((Answer.Choices) a).options().contains(option)).count();
						assertThat(r.options().get(o).count()).as("%s option %d", q.text(), o).isEqualTo(count);
						assertThat(r.options().get(o).percent()).isEqualByComparingTo(percent(count, answers.size()));
					}
				}
				case RANKING -> {
					for (int o = 0; o < q.optionCount(); o++) {
						int option = o;
						List<Integer> ranks = answers.stream().map(a -> ((Answer.Ranks) a).rankByOption().get(option)).toList();
						BigDecimal mean = BigDecimal.valueOf(ranks.stream().mapToInt(Integer::intValue).sum())
							.divide(BigDecimal.valueOf(ranks.size()), 2, RoundingMode.HALF_UP);
						assertThat(r.options().get(o).meanRank()).isEqualByComparingTo(mean);
						assertThat(r.options().get(o).count()).isEqualTo(ranks.stream().filter(x -> x == 1).count());
					}
				}
				case NUMBER -> {
					List<BigDecimal> values = answers.stream().map(a -> ((Answer.Number) a).value()).sorted().toList();
					assertThat(r.number().min()).isEqualByComparingTo(values.get(0));
					assertThat(r.number().max()).isEqualByComparingTo(values.get(values.size() - 1));
					int n = values.size();
					BigDecimal median = n % 2 == 1 ? values.get(n / 2)
							: values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2));
					assertThat(r.number().median()).isEqualByComparingTo(median);
				}
				case MAP -> {
					for (int a = 0; a < fx.areas.size(); a++) {
						Long area = fx.areas.get(a);
						assertThat(r.options().get(a).count())
							.isEqualTo(answers.stream().filter(x -> area.equals(((Answer.Place) x).areaId())).count());
					}
					assertThat(r.options().get(fx.areas.size()).count())
						.isEqualTo(answers.stream().filter(x -> ((Answer.Place) x).areaId() == null).count());
				}
				case TEXT -> assertThat(r.texts()).hasSize(Math.min(answers.size(), SurveyResults.QuestionResult.TEXT_SAMPLE));
			}
		}
		CrossTab bySector = surveys.crossTab(PROVINCE, fx.survey.id(), fx.questions.get(0), CrossTab.By.SECTOR, THAI);
		Map<String, Long> expected = new HashMap<>();
		for (AnswerSheet s : sent) {
			s.answerTo(fx.questions.get(0)).ifPresent(a -> expected.merge(((Answer.Choices) a).options().get(0) + "/"
					+ (s.sector() == null ? "-" : s.sector().ordinal()), 1L, Long::sum));
		}
		for (int row = 0; row < 3; row++) {
			for (int col = 0; col < bySector.columns().size(); col++) {
				String group = col == bySector.columns().size() - 1 ? "-" : String.valueOf(col);
				assertThat(bySector.rows().get(row).counts().get(col)).as("cell %d/%s", row, group)
					.isEqualTo(expected.getOrDefault(row + "/" + group, 0L));
			}
		}
	}

	@Test
	void racingSubmissionsWithOneKeyStoreOneResponse() throws Exception {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, PROVINCE, "แข่งกันส่ง " + UUID.randomUUID(), false);
		String key = UUID.randomUUID().toString();
		AnswerSheet.Raw raw = new AnswerSheet.Raw(Map.of(fx.q(0), List.of("2")));
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Submission>> tasks = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				tasks.add(() -> surveys.submitOnline(fx.survey.publicKey(), key, raw));
			}
			List<Submission.Outcome> outcomes = new ArrayList<>();
			for (Future<Submission> f : pool.invokeAll(tasks)) {
				outcomes.add(f.get().outcome());
			}
			assertThat(outcomes).containsOnly(Submission.Outcome.STORED, Submission.Outcome.ALREADY_STORED)
				.filteredOn(o -> o == Submission.Outcome.STORED).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(surveys.summary(PROVINCE, fx.survey.id()).responses()).isEqualTo(1);
		assertThat(surveys.results(PROVINCE, fx.survey.id(), THAI).questions().get(0).options().get(1).count()).isEqualTo(1);
	}

	static BigDecimal percent(long count, long base) {
		return base == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(base), 2,
				RoundingMode.HALF_UP);
	}
}
