package org.smartcityplanner.participation.internal.ballot;

import java.io.Reader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.participation.domain.ballot.counting.Election;
import org.smartcityplanner.participation.domain.ballot.counting.EqualSharesCount;
import org.smartcityplanner.participation.domain.ballot.counting.GreedyCount;
import org.smartcityplanner.participation.domain.ballot.counting.Outcome;
import org.smartcityplanner.participation.domain.ballot.pabulib.PabulibFile;
import org.smartcityplanner.participation.domain.ballot.pabulib.PabulibReader;
import org.smartcityplanner.participation.domain.ballot.pabulib.PabulibWriter;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ballots as Pabulib {@code .pb} files: a ballot's counted votes out (amounts in satang, so anyone can recount them
 * with pabutools), and a published election in to be counted here by both methods. An imported file is counted
 * only, never stored: a damaged file is refused with its line number and leaves nothing behind.
 */
@Service
public class BallotPabulib {

	private final BallotService ballots;
	private final VoteStore votes;

	BallotPabulib(BallotService ballots, VoteStore votes) {
		this.ballots = ballots;
		this.votes = votes;
	}

	/** The ballot's counted votes as a {@code .pb} file (open ballots too: what counts so far). */
	@Transactional(readOnly = true)
	public String export(ProvinceCode province, long ballotId) {
		BallotView ballot = ballots.find(province, ballotId);
		if (ballot.status() == BallotStatus.DRAFT) {
			throw new InputProblemsException(java.util.List.of(Problem.of(null, "participation.ballot.notOpen")));
		}
		Election election = BallotCount.of(ballot, votes.countedVotes(ballotId)).election();
		Map<String, String> meta = new LinkedHashMap<>();
		meta.put("description", ballot.title());
		meta.put("country", "Thailand");
		meta.put("unit", province.value());
		meta.put("instance", String.valueOf(ballot.id()));
		meta.put("currency", "THB satang");
		Map<String, String> names = new LinkedHashMap<>();
		ballot.items().forEach(item -> names.put(String.valueOf(item.id()), item.title()));
		StringWriter out = new StringWriter();
		PabulibWriter.write(PabulibFile.of(election, meta, names), out);
		return out.toString();
	}

	/**
	 * Reads and counts a published election.
	 *
	 * @throws org.smartcityplanner.participation.domain.ballot.pabulib.PabulibFormatException for a damaged file,
	 *         with its line number
	 */
	public Counted count(Reader file) {
		PabulibFile read = PabulibReader.read(file);
		Election election = read.toElection();
		return new Counted(read, election, EqualSharesCount.count(election), GreedyCount.count(election));
	}

	/** An imported election counted both ways, in the file's own money unit. */
	public record Counted(PabulibFile file, Election election, Outcome equalShares, Outcome greedy) {
	}
}
