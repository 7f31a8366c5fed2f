package org.smartcityplanner.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job queue in table {@code rpt_job}. Claiming is one UPDATE guarded by {@code state = 'QUEUED'}: of two
 * nodes claiming the same job, the second waits for the first's row lock and then matches nothing.
 */
@Component
class JobStore {

	private final JdbcClient jdbc;

	JobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ReportJob job) {
		jdbc.sql("""
				insert into rpt_job (id, province_code, kind, plan_version_id, plan_version_name, language, with_pdf,
				thai_numerals, state, progress, cancel_requested, requested_by, requested_at, attempts)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, false, ?, ?, 0)""")
			.params(job.id(), job.province().value(), job.kind().name(), job.planVersionId(), job.planVersionName(),
					job.language(), job.withPdf(), job.thaiNumerals(), job.requestedBy(), Utc.of(job.requestedAt()))
			.update();
	}

	Optional<ReportJob> find(String id) {
		return jdbc.sql("select * from rpt_job where id = ?").param(id).query((rs, n) -> job(rs)).optional();
	}

	List<ReportJob> ofProvince(ProvinceCode province, int limit) {
		return jdbc.sql("select * from rpt_job where province_code = ? order by requested_at desc, id limit ?")
			.params(province.value(), limit).query((rs, n) -> job(rs)).list();
	}

	/** The queued or running job that makes exactly this file: same version, language, PDF and digits. */
	Optional<ReportJob> active(ProvinceCode province, ReportKind kind, long versionId, String language,
			boolean withPdf, boolean thaiNumerals) {
		return jdbc.sql("""
				select * from rpt_job where province_code = ? and kind = ? and plan_version_id = ? and language = ?
				and with_pdf = ? and thai_numerals = ? and state in ('QUEUED', 'RUNNING') order by requested_at limit 1""")
			.params(province.value(), kind.name(), versionId, language, withPdf, thaiNumerals).query((rs, n) -> job(rs)).optional();
	}

	/** Claims the oldest queued job for this worker; empty when the queue is empty or another node was faster. */
	Optional<Claim> claimNext(String node, Instant now) {
		Optional<String> next = jdbc.sql("select id from rpt_job where state = 'QUEUED' order by requested_at limit 1")
			.query(String.class).optional();
		if (next.isEmpty()) {
			return Optional.empty();
		}
		String token = UUID.randomUUID().toString();
		int claimed = jdbc.sql("""
				update rpt_job set state = 'RUNNING', claim_token = ?, claimed_by = ?, claimed_at = ?, heartbeat_at = ?,
				attempts = attempts + 1, progress = 0, step_key = null where id = ? and state = 'QUEUED'""")
			.params(token, node, Utc.of(now), Utc.of(now), next.get()).update();
		return claimed == 1 ? find(next.get()).map(job -> new Claim(job, token)) : Optional.empty();
	}

	/**
	 * Records progress under the claim and says whether to go on: false when cancellation was asked for or the
	 * claim was lost (another node took the job over after this one looked dead).
	 */
	boolean progress(Claim claim, int percent, String stepKey, Instant now) {
		int updated = jdbc.sql("""
				update rpt_job set progress = ?, step_key = ?, heartbeat_at = ? where id = ? and claim_token = ?
				and state = 'RUNNING'""")
			.params(percent, stepKey, Utc.of(now), claim.job().id(), claim.token()).update();
		if (updated == 0) {
			return false;
		}
		return !jdbc.sql("select cancel_requested from rpt_job where id = ?").param(claim.job().id())
			.query(Boolean.class).single();
	}

	/** Ends a claimed job; false when the claim was lost meanwhile. */
	boolean finish(Claim claim, JobState state, String noteKey, String errorDetail, Instant now) {
		return jdbc.sql("""
				update rpt_job set state = ?, progress = case when ? = 'DONE' then 100 else progress end, note_key = ?,
				error_detail = ?, finished_at = ?, heartbeat_at = ?, step_key = null
				where id = ? and claim_token = ? and state = 'RUNNING'""")
			.params(state.name(), state.name(), noteKey, errorDetail == null ? null
					: errorDetail.substring(0, Math.min(1000, errorDetail.length())), Utc.of(now), Utc.of(now),
					claim.job().id(), claim.token())
			.update() == 1;
	}

	/** Cancels a queued job at once, asks a running one to stop; false when it had already ended. */
	boolean cancel(String id, Instant now) {
		int queued = jdbc.sql("""
				update rpt_job set state = 'CANCELLED', cancel_requested = true, finished_at = ?
				where id = ? and state = 'QUEUED'""").params(Utc.of(now), id).update();
		if (queued == 1) {
			return true;
		}
		return jdbc.sql("update rpt_job set cancel_requested = true where id = ? and state = 'RUNNING'").param(id)
			.update() == 1;
	}

	/**
	 * Puts running jobs whose heartbeat stopped before {@code cutoff} back in the queue, or fails them after
	 * {@code maxAttempts} tries.
	 */
	int recoverStale(Instant cutoff, int maxAttempts, Instant now) {
		int failed = jdbc.sql("""
				update rpt_job set state = 'FAILED', note_key = 'reports.note.gaveUp', finished_at = ?, claim_token = null
				where state = 'RUNNING' and heartbeat_at < ? and attempts >= ?""")
			.params(Utc.of(now), Utc.of(cutoff), maxAttempts).update();
		int requeued = jdbc.sql("""
				update rpt_job set state = 'QUEUED', claim_token = null, claimed_by = null
				where state = 'RUNNING' and heartbeat_at < ? and attempts < ?""")
			.params(Utc.of(cutoff), maxAttempts).update();
		return failed + requeued;
	}

	private static ReportJob job(ResultSet rs) throws SQLException {
		return new ReportJob(rs.getString("id"), ProvinceCode.of(rs.getString("province_code")),
				ReportKind.valueOf(rs.getString("kind")), rs.getLong("plan_version_id"),
				rs.getString("plan_version_name"), rs.getString("language"), rs.getBoolean("with_pdf"),
				JobState.valueOf(rs.getString("state")), rs.getInt("progress"), rs.getString("step_key"),
				rs.getBoolean("cancel_requested"), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(),
				rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
				rs.getString("note_key"), rs.getBoolean("thai_numerals"));
	}

	/** A job claimed by this worker, with the token that proves it. */
	record Claim(ReportJob job, String token) {
	}
}
