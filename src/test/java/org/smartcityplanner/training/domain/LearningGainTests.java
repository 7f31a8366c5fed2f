package org.smartcityplanner.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class LearningGainTests {

	@Test
	void isTheShareOfWhatCouldStillBeLearnedThatWasLearned() {
		assertThat(LearningGain.of(40, 70).getAsDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(LearningGain.of(0, 100).getAsDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(LearningGain.of(50, 50).getAsDouble()).isZero();
	}

	@Test
	void isNegativeWhenTheTraineeScoredLessAfterwards() {
		assertThat(LearningGain.of(60, 40).getAsDouble()).isCloseTo(-0.5, within(1e-9));
	}

	@Test
	void isUndefinedAfterAPerfectPreTest() {
		assertThat(LearningGain.of(100, 100)).isEmpty();
		assertThat(LearningGain.of(100, 80)).isEmpty();
	}

	@Test
	void refusesScoresOutsideZeroToHundred() {
		assertThatThrownBy(() -> LearningGain.of(-1, 50)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LearningGain.of(50, 101)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void cohortGainComesFromTheAveragesNotTheAverageOfIndividualGains() {
		// individual gains 1.0 and 0.0 (mean 0.5); averages 45 -> 75 give (75-45)/55 = 0.545...
		var scores = List.of(new LearningGain.Scores(90, 100), new LearningGain.Scores(0, 50));
		assertThat(LearningGain.ofCohort(scores).getAsDouble()).isCloseTo(30.0 / 55.0, within(1e-9));
	}

	@Test
	void cohortWithoutBothTestsHasNoGain() {
		assertThat(LearningGain.ofCohort(List.of())).isEmpty();
		assertThat(LearningGain.ofCohort(List.of(new LearningGain.Scores(100, 100)))).isEmpty();
	}

	@Test
	void bandsFollowHake() {
		assertThat(LearningGain.band(0.29)).isEqualTo("LOW");
		assertThat(LearningGain.band(0.3)).isEqualTo("MEDIUM");
		assertThat(LearningGain.band(0.7)).isEqualTo("HIGH");
	}
}
