package org.smartcityplanner.participation.domain.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OpinionAnalysisTests {

	@Test
	void findsTwoPlantedGroupsAndChoosesTwoBySilhouette() {
		List<Long> statements = PlantedVotes.statements(10);
		List<Vote> votes = PlantedVotes.votes(statements, 2, 20);

		OpinionMap map = OpinionAnalysis.of(statements, votes);

		assertThat(map.groups()).hasSize(2);
		assertThat(map.groups()).extracting(OpinionMap.Group::size).containsExactly(20, 20);
		assertThat(plantedGroupsRecovered(votes, map)).isTrue();
		assertThat(map.silhouette()).isGreaterThan(0.5);
	}

	@Test
	void findsThreePlantedGroups() {
		List<Long> statements = PlantedVotes.statements(12);
		List<Vote> votes = PlantedVotes.votes(statements, 3, 15);

		OpinionMap map = OpinionAnalysis.of(statements, votes);

		assertThat(map.groups()).hasSize(3);
		assertThat(map.groups()).extracting(OpinionMap.Group::size).containsExactly(15, 15, 15);
		assertThat(plantedGroupsRecovered(votes, map)).isTrue();
	}

	@Test
	void theSameVotesGiveTheSameMapWhateverTheirOrder() {
		List<Long> statements = PlantedVotes.statements(12);
		List<Vote> votes = PlantedVotes.votes(statements, 3, 15);
		List<Vote> shuffled = new ArrayList<>(votes);
		java.util.Collections.shuffle(shuffled, new java.util.Random(7));

		OpinionMap first = OpinionAnalysis.of(statements, votes);
		OpinionMap second = OpinionAnalysis.of(statements, votes);
		OpinionMap reordered = OpinionAnalysis.of(reversed(statements), shuffled);

		assertThat(second).isEqualTo(first);
		assertThat(reordered).isEqualTo(first);
	}

	@Test
	void leavesOutParticipantsBelowTheMinimumOfSevenVotes() {
		List<Long> statements = PlantedVotes.statements(10);
		List<Vote> votes = new ArrayList<>(PlantedVotes.votes(statements, 2, 20));
		for (int j = 0; j < 6; j++) {
			votes.add(new Vote("few-votes", statements.get(j), VoteValue.AGREE));
		}
		for (int j = 0; j < 7; j++) {
			votes.add(new Vote("just-enough", statements.get(j), VoteValue.PASS));
		}

		OpinionMap map = OpinionAnalysis.of(statements, votes);

		assertThat(map.minimumVotes()).isEqualTo(7);
		assertThat(map.voters()).isEqualTo(42);
		assertThat(map.placed()).isEqualTo(41);
		assertThat(map.points()).hasSize(41);
		assertThat(VoteMatrix.of(statements, votes).participants()).contains("just-enough").doesNotContain("few-votes");
	}

	@Test
	void aConversationWithFewerThanSevenStatementsAsksForAVoteOnEach() {
		assertThat(VoteMatrix.minimumVotes(4)).isEqualTo(4);
		assertThat(VoteMatrix.minimumVotes(30)).isEqualTo(7);
	}

	@Test
	void tooFewParticipantsMakeNoGroups() {
		List<Long> statements = PlantedVotes.statements(3);
		List<Vote> votes = List.of(new Vote("a", 101, VoteValue.AGREE), new Vote("a", 102, VoteValue.AGREE),
				new Vote("a", 103, VoteValue.AGREE), new Vote("b", 101, VoteValue.DISAGREE),
				new Vote("b", 102, VoteValue.DISAGREE), new Vote("b", 103, VoteValue.DISAGREE));

		OpinionMap map = OpinionAnalysis.of(statements, votes);

		assertThat(map.placed()).isEqualTo(2);
		assertThat(map.groups()).isEmpty();
		assertThat(map.consensus()).isEmpty();
	}

	@Test
	void eachPlantedGroupIsRepresentedByTheStatementsOfItsOwnBlock() {
		List<Long> statements = PlantedVotes.statements(10);
		List<Vote> votes = PlantedVotes.votes(statements, 2, 20);

		OpinionMap map = OpinionAnalysis.of(statements, votes);

		for (OpinionMap.Group group : map.groups()) {
			Set<Long> agreed = new HashSet<>();
			group.representative().stream().filter(r -> r.direction() == Repness.Direction.AGREE)
				.forEach(r -> agreed.add(r.statementId()));
			assertThat(agreed).isNotEmpty();
			// all agreed statements come from one block of five
			assertThat(agreed.stream().map(id -> (id - 101) / 5).distinct()).hasSize(1);
		}
	}

	/** Every planted group lies in one found group, and no found group holds two planted groups. */
	private static boolean plantedGroupsRecovered(List<Vote> votes, OpinionMap map) {
		List<String> participants = VoteMatrix.of(votes.stream().map(Vote::statementId).distinct().toList(), votes)
			.participants();
		Map<String, Set<Integer>> foundOfPlanted = new HashMap<>();
		Map<Integer, Set<String>> plantedOfFound = new HashMap<>();
		for (int i = 0; i < participants.size(); i++) {
			String planted = PlantedVotes.groupOf(participants.get(i));
			int found = map.points().get(i).group();
			foundOfPlanted.computeIfAbsent(planted, p -> new HashSet<>()).add(found);
			plantedOfFound.computeIfAbsent(found, f -> new HashSet<>()).add(planted);
		}
		return foundOfPlanted.values().stream().allMatch(s -> s.size() == 1)
				&& plantedOfFound.values().stream().allMatch(s -> s.size() == 1);
	}

	private static List<Long> reversed(List<Long> statements) {
		List<Long> copy = new ArrayList<>(statements);
		java.util.Collections.reverse(copy);
		return copy;
	}
}
