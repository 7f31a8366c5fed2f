package org.smartcityplanner.participation.internal.ballot;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.participation.BallotDraft;
import org.smartcityplanner.participation.BallotItem;
import org.smartcityplanner.participation.BallotItemOutcome;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The ballots' and their projects' SQL; every read is scoped to the province. */
@Repository
class BallotStore {

	private static final String COLUMNS = """
			id, province_code, title, kind, max_choices, budget_satang, status, origin, created_at, opened_at,
			closed_at, online_ballots, paper_ballots, version""";

	private final JdbcClient jdbc;

	BallotStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ProvinceCode province, BallotDraft draft, BallotStatus status, String origin, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into par_ballot (province_code, title, kind, max_choices, budget_satang, status, origin,
				created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(province.value(), draft.title().strip(), draft.kind().name(),
					new SqlParameterValue(Types.INTEGER, draft.maxChoices()), draft.budget().satang(), status.name(),
					origin, Utc.of(at))
			.update(key, "id");
		long id = key.getKey().longValue();
		insertItems(id, draft.items());
		return id;
	}

	private void insertItems(long ballotId, List<BallotItem> items) {
		for (int i = 0; i < items.size(); i++) {
			BallotItem item = items.get(i);
			jdbc.sql("""
					insert into par_ballot_item (ballot_id, position, ref_type, ref_id, title, cost_satang)
					values (?, ?, ?, ?, ?, ?)""")
				.params(ballotId, i + 1, item.ref().type(), item.ref().id(), item.title().strip(),
						item.cost().satang())
				.update();
		}
	}

	/** Replaces a draft's details and projects (only while it is a draft and at the version seen). */
	void replaceDraft(long ballotId, int version, BallotDraft draft) {
		int updated = jdbc.sql("""
				update par_ballot set title = ?, kind = ?, max_choices = ?, budget_satang = ?, version = version + 1
				where id = ? and version = ? and status = 'DRAFT'""")
			.params(draft.title().strip(), draft.kind().name(),
					new SqlParameterValue(Types.INTEGER, draft.maxChoices()), draft.budget().satang(), ballotId,
					version)
			.update();
		requireOne(updated, ballotId);
		jdbc.sql("delete from par_ballot_item where ballot_id = ?").param(ballotId).update();
		insertItems(ballotId, draft.items());
	}

	/** Moves a ballot from one status to the next, at the version seen. */
	void move(long ballotId, int version, BallotStatus from, BallotStatus to, Instant at) {
		String stamp = to == BallotStatus.OPEN ? "opened_at" : "closed_at";
		int updated = jdbc.sql("update par_ballot set status = ?, " + stamp
				+ " = ?, version = version + 1 where id = ? and version = ? and status = ?")
			.params(to.name(), Utc.of(at), ballotId, version, from.name())
			.update();
		requireOne(updated, ballotId);
	}

	/** Stores a count: the turnout by channel on the ballot, each project's figures on its row. */
	void storeCount(long ballotId, long online, long paper, List<BallotItemOutcome> outcomes, List<Long> itemIds) {
		jdbc.sql("update par_ballot set online_ballots = ?, paper_ballots = ? where id = ?")
			.params(online, paper, ballotId).update();
		for (int i = 0; i < outcomes.size(); i++) {
			BallotItemOutcome o = outcomes.get(i);
			jdbc.sql("""
					update par_ballot_item set approvals = ?, vote_share = ?, selected_mes = ?, selected_greedy = ?
					where id = ? and ballot_id = ?""")
				.params(o.approvals(), o.voteShare(), o.selectedByEqualShares(), o.selectedByGreedy(), itemIds.get(i),
						ballotId)
				.update();
		}
	}

	Optional<BallotView> find(ProvinceCode province, long id) {
		return jdbc.sql("select " + COLUMNS + " from par_ballot where id = ? and province_code = ?")
			.params(id, province.value())
			.query((rs, n) -> view(rs, items(rs.getLong("id"))))
			.optional();
	}

	/** The province's ballots, newest first, without their projects. */
	List<BallotView> list(ProvinceCode province) {
		return jdbc.sql("select " + COLUMNS + " from par_ballot where province_code = ? order by id desc")
			.param(province.value())
			.query((rs, n) -> view(rs, List.of()))
			.list();
	}

	List<BallotItemView> items(long ballotId) {
		return jdbc.sql("""
				select id, position, ref_type, ref_id, title, cost_satang, approvals, vote_share, selected_mes,
				selected_greedy from par_ballot_item where ballot_id = ? order by position""")
			.param(ballotId)
			.query((rs, n) -> new BallotItemView(rs.getLong("id"), rs.getInt("position"),
					new ResourceRef(rs.getString("ref_type"), rs.getString("ref_id")), rs.getString("title"),
					new Baht(rs.getLong("cost_satang")), nullableLong(rs, "approvals"), rs.getBigDecimal("vote_share"),
					nullableBoolean(rs, "selected_mes"), nullableBoolean(rs, "selected_greedy")))
			.list();
	}

	/** The outcomes of the province's closed ballots that put this project to the vote, newest first. */
	List<BallotItemOutcome> outcomesOf(ProvinceCode province, ResourceRef project) {
		return jdbc.sql("""
				select i.approvals, i.vote_share, i.selected_mes, i.selected_greedy
				from par_ballot_item i join par_ballot b on b.id = i.ballot_id
				where i.ref_type = ? and i.ref_id = ? and b.province_code = ? and b.status = 'CLOSED'
				and i.approvals is not null order by b.closed_at desc, b.id desc""")
			.params(project.type(), project.id(), province.value())
			.query((rs, n) -> new BallotItemOutcome(project, rs.getLong("approvals"), rs.getBigDecimal("vote_share"),
					rs.getBoolean("selected_mes"), rs.getBoolean("selected_greedy")))
			.list();
	}

	private static void requireOne(int updated, long ballotId) {
		if (updated != 1) {
			throw new OptimisticLockingFailureException("ballot " + ballotId + " changed meanwhile");
		}
	}

	private static BallotView view(ResultSet rs, List<BallotItemView> items) throws SQLException {
		return new BallotView(rs.getLong("id"), new ProvinceCode(rs.getString("province_code")),
				rs.getString("title"), BallotKind.valueOf(rs.getString("kind")), nullableInt(rs, "max_choices"),
				new Baht(rs.getLong("budget_satang")), BallotStatus.valueOf(rs.getString("status")),
				rs.getString("origin"), instant(rs, "created_at"), instant(rs, "opened_at"),
				instant(rs, "closed_at"), nullableLong(rs, "online_ballots"), nullableLong(rs, "paper_ballots"),
				rs.getInt("version"), items);
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	static BigDecimal share(long approvals, long ballots) {
		return ballots == 0 ? BigDecimal.ZERO.setScale(4)
				: BigDecimal.valueOf(approvals).divide(BigDecimal.valueOf(ballots), 4, java.math.RoundingMode.HALF_UP);
	}
}
