package org.smartcityplanner.actionplan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.RunInputs;
import org.smartcityplanner.actionplan.RunState;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Saved optimiser runs. The row is the job: a node claims a queued run by moving it to RUNNING in one update,
 * so exactly one node solves it however many see it.
 */
@Component
class RunStore {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final IdentityApi identity;

	RunStore(JdbcClient jdbc, JsonMapper json, IdentityApi identity) {
		this.identity = identity;
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(ProvinceCode province, String label, Long basedOn, RunInputs inputs) {
		var options = inputs.problem().options();
		jdbc.sql("""
				insert into acp_run (province_code, label, based_on, status, time_limit_seconds, seed, problem, created_at,
				created_by) values (?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?)""")
			.params(province.value(), label, basedOn, (int) options.timeLimit().toSeconds(), options.seed(),
					json.writeValueAsString(inputs), Utc.now(), identity.actorName())
			.update();
		return jdbc.sql("select max(id) from acp_run where province_code = ?").param(province.value())
			.query(Long.class).single();
	}

	Optional<OptimiserRun> find(ProvinceCode province, long id) {
		return jdbc.sql("select * from acp_run where province_code = ? and id = ?").params(province.value(), id)
			.query((rs, row) -> run(rs, true)).optional();
	}

	/** The province of a run, for the worker. */
	Optional<ProvinceCode> provinceOf(long id) {
		return jdbc.sql("select province_code from acp_run where id = ?").param(id).query(String.class).optional()
			.map(ProvinceCode::new);
	}

	List<OptimiserRun> ofProvince(ProvinceCode province, int limit) {
		return jdbc.sql("select * from acp_run where province_code = ? order by id desc").param(province.value())
			.query((rs, row) -> run(rs, false)).list().stream().limit(limit).toList();
	}

	/** Moves a queued run to RUNNING; false when another node got it first. */
	boolean claim(long id) {
		return jdbc.sql("update acp_run set status = 'RUNNING', started_at = ? where id = ? and status = 'QUEUED'")
			.params(Utc.now(), id).update() == 1;
	}

	void finish(long id, PortfolioResult result, PortfolioResult greedy) {
		jdbc.sql("""
				update acp_run set status = 'DONE', outcome = ?, solver_version = ?, result = ?, greedy = ?, objective = ?,
				finished_at = ? where id = ?""")
			.params(result.status().name(), solver(result),
					json.writeValueAsString(result), greedy == null ? null : json.writeValueAsString(greedy),
					result.objective(), Utc.now(), id)
			.update();
	}

	private static String solver(PortfolioResult result) {
		String version = result.solverVersion() == null ? "" : result.solverVersion();
		String name = result.solverName() == null ? "" : result.solverName();
		String text = version.startsWith(name) ? version : (name + " " + version).strip();
		return text.length() > 100 ? text.substring(0, 100) : text;
	}

	void fail(long id, String reason) {
		jdbc.sql("update acp_run set status = 'FAILED', failure = ?, finished_at = ? where id = ?")
			.params(reason.length() > 1000 ? reason.substring(0, 1000) : reason, Utc.now(), id).update();
	}

	/** Queued runs no node has started since {@code before}, oldest first. */
	List<Long> queuedBefore(Instant before) {
		return jdbc.sql("select id from acp_run where status = 'QUEUED' and created_at < ? order by id")
			.param(Utc.of(before)).query(Long.class).list();
	}

	/** Marks runs as failed that have been running since before {@code before}: their node stopped. */
	int failStale(Instant before) {
		return jdbc.sql("""
				update acp_run set status = 'FAILED', failure = 'stale', finished_at = ?
				where status = 'RUNNING' and started_at < ?""")
			.params(Utc.now(), Utc.of(before)).update();
	}

	private OptimiserRun run(ResultSet rs, boolean withResult) throws SQLException {
		RunInputs inputs = withResult ? json.readValue(rs.getString("problem"), RunInputs.class) : null;
		PortfolioResult result = withResult && rs.getString("result") != null
				? json.readValue(rs.getString("result"), PortfolioResult.class) : null;
		PortfolioResult greedy = withResult && rs.getString("greedy") != null
				? json.readValue(rs.getString("greedy"), PortfolioResult.class) : null;
		Long basedOn = rs.getObject("based_on") == null ? null : rs.getLong("based_on");
		return new OptimiserRun(rs.getLong("id"), rs.getString("label"), basedOn,
				RunState.valueOf(rs.getString("status")),
				rs.getString("outcome") == null ? null
						: org.smartcityplanner.actionplan.optimiser.model.RunStatus.valueOf(rs.getString("outcome")),
				rs.getBigDecimal("objective"), rs.getString("solver_version"), rs.getInt("time_limit_seconds"),
				rs.getLong("seed"), inputs, result, greedy, rs.getString("failure"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}
}
