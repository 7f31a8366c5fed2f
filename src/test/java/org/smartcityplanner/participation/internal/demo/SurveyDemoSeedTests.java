package org.smartcityplanner.participation.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.participation.CrossTab;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.domain.survey.QuestionKind;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The demo province's process and surveys, seeded through the module's rules (rolled back after the test). */
@DatabaseTest
@Transactional
class SurveyDemoSeedTests {

	static final ProvinceCode DEMO = new ProvinceCode("TH-65");

	@Autowired
	List<DemoSeed> seeds;
	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProcessApi process;

	@Test
	void seedsAProcessInItsIdeaPhaseAnOpenSurveyOfEveryKindWithAbout150AnswersAndAClosedOne() {
		// what the demo module does at start: every seed in order, each only when its part is missing
		seeds.stream().sorted(java.util.Comparator.comparingInt(DemoSeed::order)).filter(s -> !s.isSeeded(DEMO))
			.forEach(s -> s.seed(DEMO));
		assertThat(process.process(DEMO).current()).map(p -> p.kind()).contains(PhaseKind.IDEAS);
		assertThat(process.isOpen(DEMO, "surveys")).isTrue();
		List<SurveySummary> all = surveys.surveysOf(DEMO);
		assertThat(all).extracting(SurveySummary::state).containsExactlyInAnyOrder(SurveyState.OPEN, SurveyState.CLOSED);
		SurveySummary needs = all.stream().filter(s -> s.state() == SurveyState.OPEN).findFirst().orElseThrow();
		assertThat(needs.questions()).isEqualTo(12);
		assertThat(needs.responses()).isBetween(140L, 160L);
		assertThat(needs.paper()).isBetween(25L, 45L);
		assertThat(needs.awaitingCheck()).isEqualTo(4);
		var survey = surveys.survey(DEMO, needs.id());
		assertThat(survey.questions()).extracting(q -> q.kind()).contains(QuestionKind.values());
		assertThat(survey.questions()).anySatisfy(q -> assertThat(q.condition()).isNotNull());
		Locale thai = Locale.forLanguageTag("th");
		long first = survey.questions().get(0).id();
		CrossTab bySector = surveys.crossTab(DEMO, needs.id(), first, CrossTab.By.SECTOR, thai);
		assertThat(bySector.columnTotals()).allSatisfy(n -> assertThat(n).isPositive());
		CrossTab byArea = surveys.crossTab(DEMO, needs.id(), first, CrossTab.By.AREA, thai);
		assertThat(byArea.columnTotals()).allSatisfy(n -> assertThat(n).isPositive());
		assertThat(surveys.results(DEMO, needs.id(), thai).questions())
			.allSatisfy(q -> assertThat(q.answered()).as(q.text()).isPositive());
	}
}
