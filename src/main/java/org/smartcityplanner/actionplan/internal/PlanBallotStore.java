package org.smartcityplanner.actionplan.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.actionplan.OpenedBallot;
import org.smartcityplanner.actionplan.PublicSupport;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ballots the action plan opened, and each closed ballot's outcome per project with its score. */
@Component
class PlanBallotStore {

	/** One project's line of a closed ballot. */
	record OutcomeRow(String projectId, long approvals, BigDecimal voteShare, boolean selected, BigDecimal score) {
	}

	private static final String NEWEST_FIRST = """
			select o.*, b.title, b.closed_at, b.online_ballots, b.paper_ballots from acp_ballot_outcome o
			join acp_ballot b on b.ballot_id = o.ballot_id
			where o.province_code = ? and b.closed_at is not null %s
			order by b.closed_at desc, o.ballot_id desc""";

	private final JdbcClient jdbc;

	PlanBallotStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void opened(ProvinceCode province, long ballotId, String title, BallotKind kind, Baht budget, Instant at) {
		jdbc.sql("""
				insert into acp_ballot (ballot_id, province_code, title, kind, budget_satang, opened_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(ballotId, province.value(), title, kind.name(), budget.satang(), Timestamp.from(at)).update();
	}

	/** The ballots the action plan opened in the province, newest first. */
	List<OpenedBallot> opened(ProvinceCode province) {
		return jdbc.sql("select * from acp_ballot where province_code = ? and opened_at is not null order by opened_at desc, "
				+ "ballot_id desc").param(province.value())
			.query((rs, row) -> new OpenedBallot(rs.getLong("ballot_id"), rs.getString("title"),
					BallotKind.valueOf(rs.getString("kind")), new Baht(rs.getLong("budget_satang")),
					instant(rs, "opened_at"), instant(rs, "closed_at")))
			.list();
	}

	/**
	 * Records that a ballot closed, with its outcome lines (replacing those of an earlier delivery). The first
	 * delivery's time stays the ballot's closing time, so a second delivery changes nothing. A ballot the action plan
	 * did not open (e.g. one staff drafted in participation) is recorded under the title the event carries.
	 *
	 * @return false when the ballot id belongs to another province here (nothing is written then)
	 */
	boolean closed(ProvinceCode province, long ballotId, String title, long online, long paper, List<OutcomeRow> rows,
			Instant at) {
		Optional<String> owner = jdbc.sql("select province_code from acp_ballot where ballot_id = ?").param(ballotId)
			.query(String.class).optional();
		if (owner.isPresent() && !owner.get().equals(province.value())) {
			return false;
		}
		if (owner.isEmpty()) {
			jdbc.sql("insert into acp_ballot (ballot_id, province_code, title) values (?, ?, ?)")
				.params(ballotId, province.value(), title).update();
		}
		jdbc.sql("""
				update acp_ballot set closed_at = coalesce(closed_at, ?), online_ballots = ?, paper_ballots = ?
				where ballot_id = ?""").params(Timestamp.from(at), online, paper, ballotId).update();
		jdbc.sql("delete from acp_ballot_outcome where ballot_id = ?").param(ballotId).update();
		for (OutcomeRow row : rows) {
			jdbc.sql("""
					insert into acp_ballot_outcome (ballot_id, province_code, project_id, approvals, vote_share, selected,
					score) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(ballotId, province.value(), row.projectId(), row.approvals(), row.voteShare(), row.selected(),
						row.score())
				.update();
		}
		return true;
	}

	/** Each project's public support from the newest closed ballot that included it. */
	Map<String, PublicSupport> publicSupport(ProvinceCode province) {
		Map<String, PublicSupport> newest = new LinkedHashMap<>();
		jdbc.sql(NEWEST_FIRST.formatted("")).param(province.value()).query(PlanBallotStore::support).list()
			.forEach(support -> newest.putIfAbsent(support.projectId(), support));
		return newest;
	}

	/** One project's public support from the newest closed ballot that included it. */
	Optional<PublicSupport> publicSupport(ProvinceCode province, String projectId) {
		return jdbc.sql(NEWEST_FIRST.formatted("and o.project_id = ?")).params(province.value(), projectId)
			.query(PlanBallotStore::support).stream().findFirst();
	}

	private static PublicSupport support(ResultSet rs, int row) throws SQLException {
		return new PublicSupport(rs.getString("project_id"), rs.getBigDecimal("score"), rs.getLong("ballot_id"),
				rs.getString("title"), instant(rs, "closed_at"), rs.getLong("approvals"), rs.getBigDecimal("vote_share"),
				rs.getBoolean("selected"), rs.getLong("online_ballots"), rs.getLong("paper_ballots"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp time = rs.getTimestamp(column);
		return time == null ? null : time.toInstant();
	}
}
