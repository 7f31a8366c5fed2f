package org.smartcityplanner.participation.domain.opinion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The participant × statement matrix of the votes (agree 1, disagree −1, pass and unseen 0), rows sorted by
 * participant key and columns by statement id so the same votes always give the same matrix. Participants with
 * fewer than {@link #minimumVotes} votes are left out, as Pol.is leaves out those with fewer than 7: a row of
 * mostly unseen statements says little and lands near the centre, pulling groups together.
 */
public final class VoteMatrix {

	/** Pol.is's minimum; a conversation with fewer statements asks for a vote on every one of them. */
	public static final int MINIMUM_VOTES = 7;

	private final List<Long> statements;
	private final List<String> participants;
	private final int[][] values;
	private final int[][] counts;
	private final int votersTotal;

	private VoteMatrix(List<Long> statements, List<String> participants, int[][] values, int[][] counts,
			int votersTotal) {
		this.statements = statements;
		this.participants = participants;
		this.values = values;
		this.counts = counts;
		this.votersTotal = votersTotal;
	}

	/** The fewest votes a participant needs to be placed on the map, for a conversation of this many statements. */
	public static int minimumVotes(int statementCount) {
		return Math.max(1, Math.min(MINIMUM_VOTES, statementCount));
	}

	/**
	 * The matrix of the votes on these statements (votes on other statements are ignored: a statement hidden after
	 * it was voted on no longer counts).
	 */
	public static VoteMatrix of(List<Long> statementIds, List<Vote> votes) {
		List<Long> columns = statementIds.stream().distinct().sorted().toList();
		Map<Long, Integer> column = new TreeMap<>();
		for (int j = 0; j < columns.size(); j++) {
			column.put(columns.get(j), j);
		}
		Map<String, int[]> rows = new TreeMap<>();
		for (Vote vote : votes) {
			Integer j = column.get(vote.statementId());
			if (j == null) {
				continue;
			}
			// stored as weight + 2 so that 0 means unseen while a pass is remembered as voted
			rows.computeIfAbsent(vote.participant(), p -> new int[columns.size()])[j] = vote.value().weight() + 2;
		}
		int minimum = minimumVotes(columns.size());
		List<String> kept = new ArrayList<>();
		List<int[]> keptRows = new ArrayList<>();
		rows.forEach((participant, row) -> {
			long voted = java.util.Arrays.stream(row).filter(v -> v != 0).count();
			if (voted >= minimum) {
				kept.add(participant);
				keptRows.add(row);
			}
		});
		int[][] values = new int[kept.size()][columns.size()];
		int[][] seen = new int[kept.size()][columns.size()];
		for (int i = 0; i < kept.size(); i++) {
			for (int j = 0; j < columns.size(); j++) {
				int cell = keptRows.get(i)[j];
				values[i][j] = cell == 0 ? 0 : cell - 2;
				seen[i][j] = cell == 0 ? 0 : 1;
			}
		}
		return new VoteMatrix(columns, List.copyOf(kept), values, seen, rows.size());
	}

	/** The statements, in column order. */
	public List<Long> statements() {
		return statements;
	}

	/** The participants on the map, in row order. */
	public List<String> participants() {
		return participants;
	}

	/** Everyone who voted on at least one of the statements, those left out included. */
	public int votersTotal() {
		return votersTotal;
	}

	/** The value at row {@code i}, column {@code j}: 1, −1 or 0. */
	public int value(int i, int j) {
		return values[i][j];
	}

	/** Whether participant {@code i} voted on statement {@code j} (a pass is a vote). */
	public boolean voted(int i, int j) {
		return counts[i][j] == 1;
	}

	/** How many statements participant {@code i} voted on. */
	public int votesOf(int i) {
		int n = 0;
		for (int seen : counts[i]) {
			n += seen;
		}
		return n;
	}

	/** The matrix as numbers, for the PCA. */
	public double[][] asDoubles() {
		double[][] copy = new double[values.length][];
		for (int i = 0; i < values.length; i++) {
			copy[i] = java.util.Arrays.stream(values[i]).asDoubleStream().toArray();
		}
		return copy;
	}
}
