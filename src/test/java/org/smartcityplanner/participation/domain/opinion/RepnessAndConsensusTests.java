package org.smartcityplanner.participation.domain.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Pol.is's representativeness and consensus on a matrix worked by hand: two groups of four, three statements.
 * Statement 1: the first group all agree, the second all disagree. Statement 2: three of four agree in each group.
 * Statement 3: two agree and two pass in each group.
 */
class RepnessAndConsensusTests {

	static final List<Long> STATEMENTS = List.of(1L, 2L, 3L);
	static final List<Tally> FIRST = List.of(new Tally(4, 0, 4), new Tally(3, 1, 4), new Tally(2, 0, 4));
	static final List<Tally> SECOND = List.of(new Tally(0, 4, 4), new Tally(3, 1, 4), new Tally(2, 0, 4));

	@Test
	void theTestsMatchTheHandWorkedValues() {
		// (4+1)/(4+1) − ½ = ½, times 2·√5
		assertThat(Repness.propTest(4, 4)).isCloseTo(2.2360680, within(1e-6));
		// p1 = 5/5, p2 = 1/5, pooled 6/10: 0.8 / √(0.6·0.4·(1/5 + 1/5))
		assertThat(Repness.twoPropTest(4, 0, 4, 4)).isCloseTo(2.5819889, within(1e-6));
		assertThat(Repness.twoPropTest(3, 3, 4, 4)).isZero();
	}

	@Test
	void statementOneRepresentsTheFirstGroupsAgreementAndTheSecondGroupsDisagreement() {
		List<Repness.Representative> first = Repness.of(STATEMENTS, FIRST, SECOND);
		List<Repness.Representative> second = Repness.of(STATEMENTS, SECOND, FIRST);

		assertThat(first).singleElement().satisfies(r -> {
			assertThat(r.statementId()).isEqualTo(1L);
			assertThat(r.direction()).isEqualTo(Repness.Direction.AGREE);
			assertThat(r.inGroup().agreeShare()).isEqualTo(1.0);
			// ra · rat · pa · pat = (5/6 ÷ 1/6) · 2.58199 · 5/6 · 2.23607
			assertThat(r.metric()).isCloseTo(24.0562612, within(1e-6));
		});
		assertThat(second).singleElement().satisfies(r -> {
			assertThat(r.statementId()).isEqualTo(1L);
			assertThat(r.direction()).isEqualTo(Repness.Direction.DISAGREE);
		});
	}

	@Test
	void onlyTheStatementMostOfEveryGroupAgreesWithIsAConsensus() {
		List<Consensus.Agreed> consensus = Consensus.of(STATEMENTS, List.of(FIRST, SECOND));

		// statement 3: two of four agree in each group, not most
		assertThat(consensus).singleElement().satisfies(c -> {
			assertThat(c.statementId()).isEqualTo(2L);
			// (3+1)/(4+2) in each group
			assertThat(c.score()).isCloseTo(4.0 / 9, within(1e-9));
			assertThat(c.perGroup()).extracting(Tally::agreeShare).containsExactly(0.75, 0.75);
		});
	}
}
