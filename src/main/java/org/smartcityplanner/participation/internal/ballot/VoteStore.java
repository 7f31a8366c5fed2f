package org.smartcityplanner.participation.internal.ballot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.shared.Utc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Votes' SQL. One vote per participant per ballot is the table's unique key: the insert does nothing when the
 * participant's vote is there (PostgreSQL makes a racing second insert wait for the first, then do nothing; H2
 * reports the duplicate), so two nodes racing store one vote, and the loser replaces its choices instead.
 */
@Repository
class VoteStore {

	private static final String COLUMNS = """
			id, ballot_id, participant_key, channel, counted, idempotency_key, secret_hash, changes, entered_by,
			checked_by, created_at, updated_at""";

	private final JdbcClient jdbc;

	VoteStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored vote, without its choices. */
	record StoredVote(long id, long ballotId, String participantKey, String channel, boolean counted,
			String idempotencyKey, String secretHash, int changes, String enteredBy, String checkedBy,
			Instant createdAt, Instant updatedAt) {
	}

	/** A vote to insert. */
	record NewVote(long ballotId, String participantKey, String channel, boolean counted, String idempotencyKey,
			String secretHash, String enteredBy, Instant at) {
	}

	/** @return the new vote's id, or empty when the participant had voted (nothing was written) */
	Optional<Long> insert(NewVote v) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		int inserted;
		try {
			inserted = jdbc.sql("""
					insert into par_ballot_vote (ballot_id, participant_key, channel, counted, idempotency_key,
					secret_hash, entered_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict do nothing""")
				.params(v.ballotId(), v.participantKey(), v.channel(), v.counted(), v.idempotencyKey(),
						v.secretHash(), v.enteredBy(), Utc.of(v.at()), Utc.of(v.at()))
				.update(key, "id");
		}
		catch (DuplicateKeyException raced) {
			return Optional.empty();
		}
		return inserted == 0 ? Optional.empty() : Optional.of(key.getKey().longValue());
	}

	Optional<StoredVote> find(long ballotId, String participantKey) {
		return jdbc.sql("select " + COLUMNS + " from par_ballot_vote where ballot_id = ? and participant_key = ?")
			.params(ballotId, participantKey).query(VoteStore::stored).optional();
	}

	/** The vote whose last submission carried this key. */
	Optional<StoredVote> findByKey(long ballotId, String idempotencyKey) {
		return jdbc.sql("select " + COLUMNS + " from par_ballot_vote where ballot_id = ? and idempotency_key = ?")
			.params(ballotId, idempotencyKey).query(VoteStore::stored).optional();
	}

	Optional<StoredVote> findById(long ballotId, long voteId) {
		return jdbc.sql("select " + COLUMNS + " from par_ballot_vote where ballot_id = ? and id = ?")
			.params(ballotId, voteId).query(VoteStore::stored).optional();
	}

	Optional<StoredVote> findBySecretHash(long ballotId, String hash) {
		return jdbc.sql("select " + COLUMNS + " from par_ballot_vote where ballot_id = ? and secret_hash = ?")
			.params(ballotId, hash).query(VoteStore::stored).optional();
	}

	/** Writes the vote's choices, replacing any before. */
	void writeChoices(long voteId, List<Long> itemIds) {
		jdbc.sql("delete from par_ballot_choice where vote_id = ?").param(voteId).update();
		for (Long item : itemIds) {
			jdbc.sql("insert into par_ballot_choice (vote_id, item_id) values (?, ?)").params(voteId, item).update();
		}
	}

	/** Records a change of mind: the submission's key, one more change, the time. */
	void markChanged(long voteId, String idempotencyKey, Instant at) {
		jdbc.sql("""
				update par_ballot_vote set idempotency_key = ?, changes = changes + 1, updated_at = ? where id = ?""")
			.params(idempotencyKey, Utc.of(at), voteId).update();
	}

	List<Long> choices(long voteId) {
		return jdbc.sql("select item_id from par_ballot_choice where vote_id = ? order by item_id")
			.param(voteId).query(Long.class).list();
	}

	/**
	 * Confirms a paper ballot by a second person: only a paper ballot of this ballot, not yet counted, and entered
	 * by someone else.
	 *
	 * @return whether it was confirmed
	 */
	boolean confirmPaper(long ballotId, long voteId, String checker) {
		return jdbc.sql("""
				update par_ballot_vote set counted = true, checked_by = ?
				where id = ? and ballot_id = ? and channel = 'PAPER' and counted = false and entered_by <> ?""")
			.params(checker, voteId, ballotId, checker).update() == 1;
	}

	/** Discards a paper ballot not yet counted; @return whether there was one */
	boolean discardPaper(long ballotId, long voteId) {
		return jdbc.sql("""
				delete from par_ballot_vote where id = ? and ballot_id = ? and channel = 'PAPER' and counted = false""")
			.params(voteId, ballotId).update() == 1;
	}

	/** Paper ballots waiting for their second person, oldest first, with their choices. */
	List<PendingPaper> pendingPaper(long ballotId) {
		Map<Long, PendingPaper> pending = new LinkedHashMap<>();
		jdbc.sql("""
				select v.id, v.entered_by, v.created_at, c.item_id from par_ballot_vote v
				left join par_ballot_choice c on c.vote_id = v.id
				where v.ballot_id = ? and v.channel = 'PAPER' and v.counted = false order by v.id, c.item_id""")
			.param(ballotId)
			.query(rs -> {
				long id = rs.getLong("id");
				if (!pending.containsKey(id)) {
					pending.put(id, new PendingPaper(id, rs.getString("entered_by"),
							BallotStore.instant(rs, "created_at"), new ArrayList<>()));
				}
				Long item = BallotStore.nullableLong(rs, "item_id");
				if (item != null) {
					pending.get(id).itemIds().add(item);
				}
			});
		return pending.values().stream()
			.map(p -> new PendingPaper(p.id(), p.enteredBy(), p.enteredAt(), List.copyOf(p.itemIds())))
			.toList();
	}

	/** A paper ballot entered and not yet confirmed. */
	record PendingPaper(long id, String enteredBy, Instant enteredAt, List<Long> itemIds) {
	}

	/**
	 * The counted votes as lists of item ids, in vote order, with the turnout by channel: the input of a count,
	 * read in one query.
	 */
	CountedVotes countedVotes(long ballotId) {
		Map<Long, List<Long>> votes = new LinkedHashMap<>();
		long[] byChannel = new long[2];
		jdbc.sql("""
				select v.id, v.channel, c.item_id from par_ballot_vote v join par_ballot_choice c on c.vote_id = v.id
				where v.ballot_id = ? and v.counted = true order by v.id, c.item_id""")
			.param(ballotId)
			.query(rs -> {
				long id = rs.getLong("id");
				if (!votes.containsKey(id)) {
					votes.put(id, new ArrayList<>());
					byChannel["PAPER".equals(rs.getString("channel")) ? 1 : 0]++;
				}
				votes.get(id).add(rs.getLong("item_id"));
			});
		return new CountedVotes(List.copyOf(votes.keySet()), List.copyOf(votes.values()), byChannel[0], byChannel[1]);
	}

	/** Counted votes: their ids and each one's list of item ids, in the same order. */
	record CountedVotes(List<Long> voteIds, List<List<Long>> votes, long online, long paper) {
	}

	/** Figures of the province's ballots in one query, for the tool's statistics. */
	long[] figures(String provinceCode) {
		return jdbc.sql("""
				select count(distinct b.id) as ballots,
				count(distinct case when b.status = 'OPEN' then b.id end) as open_ballots,
				count(distinct case when b.status = 'CLOSED' then b.id end) as closed_ballots,
				count(case when v.channel = 'ONLINE' then 1 end) as online,
				count(case when v.channel = 'PAPER' and v.counted then 1 end) as paper,
				count(case when v.channel = 'PAPER' and not v.counted then 1 end) as pending
				from par_ballot b left join par_ballot_vote v on v.ballot_id = b.id where b.province_code = ?""")
			.param(provinceCode)
			.query((rs, n) -> new long[] { rs.getLong("ballots"), rs.getLong("open_ballots"),
					rs.getLong("closed_ballots"), rs.getLong("online"), rs.getLong("paper"), rs.getLong("pending") })
			.single();
	}

	private static StoredVote stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new StoredVote(rs.getLong("id"), rs.getLong("ballot_id"), rs.getString("participant_key"),
				rs.getString("channel"), rs.getBoolean("counted"), rs.getString("idempotency_key"),
				rs.getString("secret_hash"), rs.getInt("changes"), rs.getString("entered_by"),
				rs.getString("checked_by"), BallotStore.instant(rs, "created_at"),
				BallotStore.instant(rs, "updated_at"));
	}
}
