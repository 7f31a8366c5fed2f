package org.smartcityplanner.engagement.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.engagement.domain.matching.MatchingFixtures.consultant;
import static org.smartcityplanner.engagement.domain.matching.MatchingFixtures.dim;
import static org.smartcityplanner.engagement.domain.matching.MatchingFixtures.senior;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules of a proposal, on the greedy matcher and the brute-force reference alike. */
class TeamMatchingTests {

	private final List<TeamMatcher> matchers = List.of(new GreedyTeamMatcher(), new BruteForceTeamMatcher());

	@Test
	void coversEveryNeededDimensionAndExpertise() {
		Need mobility = dim("MOB");
		Need energy = Need.expertise(ExpertiseTag.ENERGY);
		var request = new TeamRequest(List.of(senior(1, 0), consultant(2, 0), consultant(3, 0), consultant(4, 0),
				consultant(5, 1, mobility), consultant(6, 1, energy)), Set.of(mobility, energy), 4, 180);
		for (TeamMatcher matcher : matchers) {
			assertThat(matcher.choose(request).memberIds()).as(matcher.toString()).contains(5L, 6L, 1L);
		}
	}

	@Test
	void prefersTheConsultantWithTheLowerLoad() {
		Need mobility = dim("MOB");
		var request = new TeamRequest(List.of(senior(1, 0), consultant(2, 0), consultant(3, 0),
				consultant(4, 1, mobility), consultant(5, 0, mobility)), Set.of(mobility), 4, 180);
		for (TeamMatcher matcher : matchers) {
			assertThat(matcher.choose(request).memberIds()).as(matcher.toString()).contains(5L)
				.doesNotContain(4L);
		}
	}

	@Test
	void neverProposesSomeoneAtTheirCap() {
		var request = new TeamRequest(List.of(senior(1, 2), senior(2, 1), consultant(3, 0), consultant(4, 0),
				consultant(5, 0)), Set.of(), 4, 180);
		for (TeamMatcher matcher : matchers) {
			assertThat(matcher.choose(request).memberIds()).as(matcher.toString())
				.containsExactlyInAnyOrder(2L, 3L, 4L, 5L);
		}
	}

	@Test
	void refusesATeamWithoutASeniorConsultant() {
		var request = new TeamRequest(List.of(senior(1, 2), consultant(2, 0), consultant(3, 0), consultant(4, 0),
				consultant(5, 0)), Set.of(), 4, 180);
		for (TeamMatcher matcher : matchers) {
			assertThat(matcher.choose(request).status()).as(matcher.toString()).isEqualTo(TeamChoice.Status.NO_TEAM);
		}
		assertThat(TeamRules.violations(request, List.of(2L, 3L, 4L, 5L))).contains("no senior consultant");
	}

	@Test
	void leavesOutSomeoneAwayForASignificantPartOfThePeriod() {
		Candidate away = new Candidate(6, ConsultantRank.CONSULTANT, Set.of(), 0, 2, 37, true);
		Candidate shortLeave = new Candidate(7, ConsultantRank.CONSULTANT, Set.of(), 0, 2, 36, true);
		var request = new TeamRequest(List.of(senior(1, 0), consultant(2, 0), consultant(3, 0), away, shortLeave),
				Set.of(), 4, 180);
		assertThat(request.awayTooLong(away)).isTrue();
		assertThat(request.awayTooLong(shortLeave)).isFalse();
		for (TeamMatcher matcher : matchers) {
			assertThat(matcher.choose(request).memberIds()).as(matcher.toString()).doesNotContain(6L).contains(7L);
		}
	}

	@Test
	void explainsTheLeadEachChoiceAndEachNearMiss() {
		Need mobility = dim("MOB");
		var request = new TeamRequest(List.of(senior(1, 0, mobility), consultant(2, 0), consultant(3, 0),
				consultant(4, 0), consultant(5, 1, mobility), senior(6, 2)), Set.of(mobility), 4, 180);
		TeamChoice choice = new BruteForceTeamMatcher().choose(request);
		List<Explanation> explanations = ProposalExplainer.explain(request, choice);
		assertThat(explanations.get(0).candidateId()).isEqualTo(1L);
		assertThat(explanations.get(0).lead()).isTrue();
		assertThat(explanations.get(0).reasons()).extracting(Reason::kind)
			.containsExactly(Reason.Kind.LEADS, Reason.Kind.COVERS);
		Explanation five = explanations.stream().filter(e -> e.candidateId() == 5).findFirst().orElseThrow();
		assertThat(five.chosen()).isFalse();
		assertThat(five.reasons().get(0).kind()).isEqualTo(Reason.Kind.COVERED_BY_OTHER);
		assertThat(five.reasons().get(0).otherId()).isEqualTo(1L);
		Explanation six = explanations.stream().filter(e -> e.candidateId() == 6).findFirst().orElseThrow();
		assertThat(six.reasons().get(0)).extracting(Reason::kind, Reason::load, Reason::cap)
			.containsExactly(Reason.Kind.AT_CAP, 2, 2);
	}

	@Test
	void savingRefusesAConsultantOverTheirCapWithTheNumbers() {
		List<TeamCheck.Problem> problems = TeamCheck.problems(List.of(senior(1, 0), consultant(2, 2),
				consultant(3, 0), consultant(4, 0)), 1L);
		assertThat(problems).containsExactly(new TeamCheck.Problem(TeamCheck.Problem.Kind.OVER_CAP, 2L, 3, 2));
	}

	@Test
	void savingRefusesTooSmallTeamsAndALeadWhoIsNotSenior() {
		assertThat(TeamCheck.problems(List.of(senior(1, 0), consultant(2, 0), consultant(3, 0)), 2L))
			.extracting(TeamCheck.Problem::kind)
			.containsExactly(TeamCheck.Problem.Kind.SIZE, TeamCheck.Problem.Kind.LEAD_NOT_SENIOR);
		assertThat(TeamCheck.problems(List.of(senior(1, 0), consultant(2, 0), consultant(3, 0), consultant(4, 0),
				consultant(5, 0), consultant(6, 0), consultant(7, 0)), 1L))
			.extracting(TeamCheck.Problem::kind).containsExactly(TeamCheck.Problem.Kind.SIZE);
	}
}
