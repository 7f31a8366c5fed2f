package org.smartcityplanner.participation.internal.opinion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.participation.domain.opinion.StatementStatus;
import org.smartcityplanner.participation.domain.opinion.Vote;
import org.smartcityplanner.participation.domain.opinion.VoteValue;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The opinion map's tables ({@code par_opinion_*}); every read of a conversation names its province. */
@Repository
class OpinionStore {

	private static final String CONVERSATION = """
			select id, province_code, topic, description, citizen_statements, status, results_public, created_at,
			       version
			from par_opinion_conversation""";

	private final JdbcClient jdbc;

	OpinionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ProvinceCode province, String topic, String description, boolean citizenStatements, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into par_opinion_conversation (province_code, topic, description, citizen_statements, status,
				    results_public, created_at) values (?, ?, ?, ?, 'OPEN', false, ?)""")
			.params(province.value(), topic, description, citizenStatements, Utc.of(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Conversation> find(ProvinceCode province, long id) {
		return jdbc.sql(CONVERSATION + " where province_code = ? and id = ?").params(province.value(), id)
			.query(OpinionStore::conversation).optional();
	}

	List<Conversation> all(ProvinceCode province) {
		return jdbc.sql(CONVERSATION + " where province_code = ? order by id desc").param(province.value())
			.query(OpinionStore::conversation).list();
	}

	void update(Conversation c, int expectedVersion) {
		int updated = jdbc.sql("""
				update par_opinion_conversation set status = ?, results_public = ?, version = version + 1
				where id = ? and province_code = ? and version = ?""")
			.params(c.open() ? "OPEN" : "CLOSED", c.resultsPublic(), c.id(), c.province().value(), expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("opinion conversation " + c.id() + " changed meanwhile");
		}
	}

	long insertStatement(long conversationId, String text, boolean byCitizen, StatementStatus status,
			String participantKey, String idempotencyKey, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		int inserted = jdbc.sql("""
				insert into par_opinion_statement (conversation_id, text, origin, status, participant_key,
				    idempotency_key, created_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(conversationId, text, byCitizen ? "CITIZEN" : "STAFF", status.name(), participantKey,
					idempotencyKey, Utc.of(now))
			.update(keys, "id");
		return inserted == 0 ? -1 : keys.getKeyAs(Number.class).longValue();
	}

	Optional<Long> statementByKey(long conversationId, String idempotencyKey) {
		return jdbc.sql("select id from par_opinion_statement where conversation_id = ? and idempotency_key = ?")
			.params(conversationId, idempotencyKey).query(Long.class).optional();
	}

	List<Statement> statements(long conversationId) {
		return jdbc.sql("""
				select id, text, origin, status, created_at from par_opinion_statement where conversation_id = ?
				order by id""").param(conversationId).query(OpinionStore::statement).list();
	}

	Optional<Statement> statement(long conversationId, long statementId) {
		return jdbc.sql("""
				select id, text, origin, status, created_at from par_opinion_statement
				where conversation_id = ? and id = ?""").params(conversationId, statementId)
			.query(OpinionStore::statement).optional();
	}

	void setStatus(long statementId, StatementStatus status) {
		jdbc.sql("update par_opinion_statement set status = ? where id = ?").params(status.name(), statementId)
			.update();
	}

	/**
	 * Stores or changes the participant's vote. The unique key decides: an update first, an insert that does
	 * nothing on a conflict (never an error that would spoil a PostgreSQL transaction), and one more update when
	 * another node inserted the row between the two.
	 */
	boolean vote(long conversationId, long statementId, String participantKey, VoteValue value, Instant now) {
		Optional<String> before = jdbc.sql(
				"select vote from par_opinion_vote where statement_id = ? and participant_key = ?")
			.params(statementId, participantKey).query(String.class).optional();
		if (before.isPresent() && before.get().equals(value.name())) {
			return false;
		}
		String update = "update par_opinion_vote set vote = ?, voted_at = ? where statement_id = ? and participant_key = ?";
		if (jdbc.sql(update).params(value.name(), Utc.of(now), statementId, participantKey).update() == 1) {
			return true;
		}
		int inserted = jdbc.sql("""
				insert into par_opinion_vote (statement_id, participant_key, conversation_id, vote, voted_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(statementId, participantKey, conversationId, value.name(), Utc.of(now)).update();
		if (inserted == 0) {
			jdbc.sql(update).params(value.name(), Utc.of(now), statementId, participantKey).update();
		}
		return true;
	}

	/** The votes on the conversation's shown statements. */
	List<Vote> votes(long conversationId) {
		return jdbc.sql("""
				select v.participant_key, v.statement_id, v.vote from par_opinion_vote v
				join par_opinion_statement s on s.id = v.statement_id
				where v.conversation_id = ? and s.status = 'SHOWN'""").param(conversationId)
			.query((rs, n) -> new Vote(rs.getString(1), rs.getLong(2), VoteValue.valueOf(rs.getString(3)))).list();
	}

	/** The participant's votes by statement id. */
	java.util.Map<Long, VoteValue> votesOf(long conversationId, String participantKey) {
		java.util.Map<Long, VoteValue> votes = new java.util.HashMap<>();
		jdbc.sql("select statement_id, vote from par_opinion_vote where conversation_id = ? and participant_key = ?")
			.params(conversationId, participantKey)
			.query(rs -> {
				votes.put(rs.getLong(1), VoteValue.valueOf(rs.getString(2)));
			});
		return votes;
	}

	void saveSnapshot(long conversationId, Instant at, int votes, String body) {
		jdbc.sql("delete from par_opinion_snapshot where conversation_id = ?").param(conversationId).update();
		jdbc.sql("insert into par_opinion_snapshot (conversation_id, computed_at, votes, body) values (?, ?, ?, ?)")
			.params(conversationId, Utc.of(at), votes, body).update();
	}

	Optional<StoredSnapshot> snapshot(long conversationId) {
		return jdbc.sql("select computed_at, votes, body from par_opinion_snapshot where conversation_id = ?")
			.param(conversationId)
			.query((rs, n) -> new StoredSnapshot(instant(rs, "computed_at"), rs.getInt("votes"), rs.getString("body")))
			.optional();
	}

	/** The province's figures: conversations, shown statements, votes, participants. */
	long[] figures(ProvinceCode province) {
		return jdbc.sql("""
				select (select count(*) from par_opinion_conversation where province_code = :p),
				       (select count(*) from par_opinion_statement s join par_opinion_conversation c
				          on c.id = s.conversation_id where c.province_code = :p and s.status = 'SHOWN'),
				       (select count(*) from par_opinion_vote v join par_opinion_conversation c
				          on c.id = v.conversation_id where c.province_code = :p),
				       (select count(distinct v.participant_key) from par_opinion_vote v join par_opinion_conversation c
				          on c.id = v.conversation_id where c.province_code = :p)""")
			.param("p", province.value())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) }).single();
	}

	record StoredSnapshot(Instant computedAt, int votes, String body) {
	}

	private static Conversation conversation(ResultSet rs, int row) throws SQLException {
		return new Conversation(rs.getLong("id"), new ProvinceCode(rs.getString("province_code")),
				rs.getString("topic"), rs.getString("description"), rs.getBoolean("citizen_statements"),
				"OPEN".equals(rs.getString("status")), rs.getBoolean("results_public"), instant(rs, "created_at"),
				rs.getInt("version"));
	}

	private static Statement statement(ResultSet rs, int row) throws SQLException {
		return new Statement(rs.getLong("id"), rs.getString("text"), "CITIZEN".equals(rs.getString("origin")),
				StatementStatus.valueOf(rs.getString("status")), instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}
}
