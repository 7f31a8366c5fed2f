package org.smartcityplanner.participation.domain.opinion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Vote matrices with planted opinion groups: each group agrees with its own block of statements and disagrees with
 * the others, and every participant deviates a little (one pass, one vote against their group) so no two rows are
 * alike and the groups are not trivially points.
 */
final class PlantedVotes {

	private PlantedVotes() {
	}

	static List<Long> statements(int count) {
		return LongStream.rangeClosed(101, 100 + count).boxed().toList();
	}

	/** {@code groups} groups of {@code size} participants, group g named {@code g<g>-<i>}. */
	static List<Vote> votes(List<Long> statements, int groups, int size) {
		List<Vote> votes = new ArrayList<>();
		int block = statements.size() / groups;
		for (int g = 0; g < groups; g++) {
			for (int i = 0; i < size; i++) {
				String participant = "g" + g + "-" + (i < 10 ? "0" : "") + i;
				for (int j = 0; j < statements.size(); j++) {
					boolean own = j / block == g;
					VoteValue value = own ? VoteValue.AGREE : VoteValue.DISAGREE;
					if (j == i % statements.size()) {
						value = VoteValue.PASS;
					}
					else if (j == (i * 7 + 3) % statements.size() && i % 3 == 0) {
						value = own ? VoteValue.DISAGREE : VoteValue.AGREE;
					}
					votes.add(new Vote(participant, statements.get(j), value));
				}
			}
		}
		return votes;
	}

	static String groupOf(String participant) {
		return participant.substring(0, participant.indexOf('-'));
	}
}
