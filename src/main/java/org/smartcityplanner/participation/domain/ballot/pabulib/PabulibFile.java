package org.smartcityplanner.participation.domain.ballot.pabulib;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.smartcityplanner.participation.domain.ballot.counting.Candidate;
import org.smartcityplanner.participation.domain.ballot.counting.Election;
import org.smartcityplanner.participation.domain.ballot.counting.VoterBallot;

/**
 * A participatory-budgeting election in the Pabulib format (pabulib.org): META key/value pairs (at least
 * {@code budget}), PROJECTS (at least {@code project_id} and {@code cost}) and VOTES (at least {@code voter_id} and
 * {@code vote}, the approved project ids separated by commas). Other columns are kept as they are.
 *
 * @param meta the META pairs in file order
 * @param projects the PROJECTS section
 * @param votes the VOTES section
 */
public record PabulibFile(Map<String, String> meta, PabulibTable projects, PabulibTable votes) {

	/** Column and key names the format defines. */
	public static final String BUDGET = "budget";
	public static final String PROJECT_ID = "project_id";
	public static final String COST = "cost";
	public static final String VOTER_ID = "voter_id";
	public static final String VOTE = "vote";

	public PabulibFile {
		meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
		Objects.requireNonNull(projects, "projects");
		Objects.requireNonNull(votes, "votes");
	}

	/**
	 * A file holding an election, e.g. to publish a ballot's votes so anyone can recount them.
	 *
	 * @param election the election
	 * @param extraMeta META pairs to write before the ones derived from the election (description, country, unit…)
	 * @param projectNames optional names by candidate id (a {@code name} column is written when not empty)
	 */
	public static PabulibFile of(Election election, Map<String, String> extraMeta, Map<String, String> projectNames) {
		Map<String, String> meta = new LinkedHashMap<>(extraMeta);
		meta.put("num_projects", Integer.toString(election.candidates().size()));
		meta.put("num_votes", Integer.toString(election.ballots().size()));
		meta.put(BUDGET, Long.toString(election.budget()));
		meta.put("vote_type", "approval");
		boolean named = !projectNames.isEmpty();
		List<String> projectColumns = named ? List.of(PROJECT_ID, COST, "votes", "name") : List.of(PROJECT_ID, COST, "votes");
		Map<String, Long> approvals = election.approvals();
		List<List<String>> projectRows = new ArrayList<>();
		for (Candidate candidate : election.candidates()) {
			List<String> row = new ArrayList<>(List.of(candidate.id(), Long.toString(candidate.cost()),
					Long.toString(approvals.get(candidate.id()))));
			if (named) {
				row.add(projectNames.getOrDefault(candidate.id(), ""));
			}
			projectRows.add(row);
		}
		List<List<String>> voteRows = new ArrayList<>();
		for (VoterBallot ballot : election.ballots()) {
			List<String> approved = election.candidates().stream().map(Candidate::id)
					.filter(ballot.approved()::contains).toList();
			voteRows.add(List.of(ballot.voterId(), String.join(",", approved)));
		}
		return new PabulibFile(meta, new PabulibTable(projectColumns, projectRows),
				new PabulibTable(List.of(VOTER_ID, VOTE), voteRows));
	}

	/**
	 * @return the election this file describes, candidates in PROJECTS order
	 * @throws IllegalArgumentException when the file was not read by {@link PabulibReader} and cannot be counted
	 */
	public Election toElection() {
		long budget = amount(meta.get(BUDGET));
		List<Candidate> candidates = projects.rows().stream()
				.map(row -> new Candidate(projects.value(row, PROJECT_ID), amount(projects.value(row, COST)))).toList();
		List<VoterBallot> ballots = votes.rows().stream()
				.map(row -> new VoterBallot(votes.value(row, VOTER_ID), approvedIds(votes.value(row, VOTE)))).toList();
		return new Election(budget, candidates, ballots);
	}

	/** The project ids of a {@code vote} value; an empty value is an empty ballot. */
	static Set<String> approvedIds(String vote) {
		if (vote.isBlank()) {
			return Set.of();
		}
		return new LinkedHashSet<>(Arrays.stream(vote.split(",", -1)).map(String::trim).toList());
	}

	/**
	 * A whole non-negative amount; Pabulib files sometimes write them with a zero fraction ({@code 1500000.0}).
	 *
	 * @throws IllegalArgumentException when absent, negative, fractional or not a number
	 */
	static long amount(String text) {
		if (text == null) {
			throw new IllegalArgumentException("amount missing");
		}
		try {
			long value = new BigDecimal(text.trim()).stripTrailingZeros().longValueExact();
			if (value < 0) {
				throw new IllegalArgumentException("negative amount " + text);
			}
			return value;
		} catch (NumberFormatException | ArithmeticException e) {
			throw new IllegalArgumentException("not a whole amount: " + text, e);
		}
	}
}
