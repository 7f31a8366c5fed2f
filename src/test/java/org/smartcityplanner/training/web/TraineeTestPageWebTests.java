package org.smartcityplanner.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.Question;
import org.smartcityplanner.training.TrainingFixtures;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pre- and post-test as trainees see it: each trainee gets the options of every question in an order of
 * their own, the same on every visit, and the score still counts the option they chose.
 */
class TraineeTestPageWebTests extends WebTestSupport {

	private static final Pattern RADIO = Pattern.compile("name=\"q(\\d+)\"[^>]*value=\"(\\d+)\"");

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	AssessmentUseCases assessment;

	TrainingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
	}

	@Test
	void eachTraineeSeesTheOptionsInAStableOrderOfTheirOwnAndIsScoredOnWhatTheyChose() throws Exception {
		ProvinceCode chumphon = new ProvinceCode("TH-86");
		Cohort cohort = fixtures.cohort(chumphon, "รุ่นลำดับตัวเลือก");
		String first = fixtures.register(cohort, 1);
		String second = fixtures.register(cohort, 2);

		Map<Long, List<Integer>> firstSees = optionOrder(first);
		assertThat(optionOrder(first)).as("the same trainee, again").isEqualTo(firstSees);
		Map<Long, List<Integer>> secondSees = optionOrder(second);
		assertThat(secondSees.keySet()).isEqualTo(firstSees.keySet());
		assertThat(secondSees).as("another trainee").isNotEqualTo(firstSees);

		List<Question> questions = assessment.testOf(cohort.id());
		var rightAnswers = post("/t/" + first + "/test/pre").with(csrf());
		questions.forEach(q -> rightAnswers.param("q" + q.id(), String.valueOf(q.correctIndex())));
		mvc.perform(rightAnswers);
		assertThat(score(first)).isEqualTo(questions.size());

		// the second trainee ticks whatever is shown first: it scores only where that is the right option
		var firstShown = post("/t/" + second + "/test/pre").with(csrf());
		secondSees.forEach((id, order) -> firstShown.param("q" + id, String.valueOf(order.get(0))));
		mvc.perform(firstShown);
		long rightWhereShownFirst = questions.stream()
			.filter(q -> secondSees.get(q.id()).get(0) == q.correctIndex()).count();
		assertThat(score(second)).isEqualTo((int) rightWhereShownFirst).isLessThan(questions.size());
	}

	private Map<Long, List<Integer>> optionOrder(String token) throws Exception {
		String page = mvc.perform(get("/t/" + token + "/test/pre")).andReturn().getResponse().getContentAsString();
		Map<Long, List<Integer>> order = new LinkedHashMap<>();
		Matcher radio = RADIO.matcher(page);
		while (radio.find()) {
			order.computeIfAbsent(Long.valueOf(radio.group(1)), id -> new ArrayList<>()).add(Integer.valueOf(radio.group(2)));
		}
		assertThat(order).isNotEmpty();
		return order;
	}

	private int score(String token) {
		long traineeId = registrations.traineeByToken(token).orElseThrow().id();
		return assessment.result(traineeId, org.smartcityplanner.training.TestKind.PRE).orElseThrow().score();
	}
}
