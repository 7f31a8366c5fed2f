package org.smartcityplanner.participation.internal.eligibility;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Batches of participation codes and the hashes of their codes. */
@Repository
class CodeStore {

	private final JdbcClient jdbc;

	CodeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored code as redemption sees it. */
	record StoredCode(long id, ProvinceCode province, boolean used, boolean withdrawn) {
	}

	long insertBatch(ProvinceCode province, String label, int count, Instant now, String actor) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into par_code_batch (province_code, label, code_count, created_at, created_by)
				values (?, ?, ?, ?, ?)""").params(province.value(), label, count, Utc.of(now), actor)
			.update(key, "id");
		return key.getKey().longValue();
	}

	void insertCode(long batchId, ProvinceCode province, String hash) {
		jdbc.sql("insert into par_code (batch_id, province_code, code_hash) values (?, ?, ?)")
			.params(batchId, province.value(), hash).update();
	}

	Optional<StoredCode> find(String hash) {
		return jdbc.sql("select id, province_code, used_at, withdrawn_at from par_code where code_hash = ?").param(hash)
			.query((rs, n) -> new StoredCode(rs.getLong(1), new ProvinceCode(rs.getString(2)),
					rs.getObject(3) != null, rs.getObject(4) != null))
			.optional();
	}

	/**
	 * Marks the code used if nobody did before: one conditional update, so of two sessions (on two nodes) typing the
	 * same code at once exactly one gets {@code true}; a code withdrawn meanwhile is never marked.
	 */
	boolean markUsed(long codeId, Instant now) {
		return jdbc.sql("update par_code set used_at = ? where id = ? and used_at is null and withdrawn_at is null")
			.params(Utc.of(now), codeId).update() == 1;
	}

	/**
	 * Withdraws the province's batch: marks the batch, then each of its codes not used yet, in two conditional
	 * updates (a redemption racing on another node either marked its code first, and keeps it, or finds it withdrawn).
	 *
	 * @return how many codes were withdrawn now, or -1 when the batch was withdrawn before (nothing changed)
	 */
	int withdraw(ProvinceCode province, long batchId, Instant now, String actor) {
		int batch = jdbc.sql("""
				update par_code_batch set withdrawn_at = ?, withdrawn_by = ?
				where id = ? and province_code = ? and withdrawn_at is null""")
			.params(Utc.of(now), actor, batchId, province.value()).update();
		if (batch == 0) {
			return -1;
		}
		return jdbc.sql("update par_code set withdrawn_at = ? where batch_id = ? and used_at is null and withdrawn_at is null")
			.params(Utc.of(now), batchId).update();
	}

	Optional<CodeBatch> batch(ProvinceCode province, long batchId) {
		return batches(province, batchId).stream().findFirst();
	}

	List<CodeBatch> batches(ProvinceCode province) {
		return batches(province, null);
	}

	/** The province's batches, newest first; only the one with {@code batchId} when it is given. */
	private List<CodeBatch> batches(ProvinceCode province, Long batchId) {
		return jdbc.sql("""
				select b.id, b.label, b.code_count, b.created_at, b.created_by, b.withdrawn_at, b.withdrawn_by,
				count(c.used_at) as used, count(c.withdrawn_at) as withdrawn
				from par_code_batch b left join par_code c on c.batch_id = b.id
				where b.province_code = :province and (cast(:batch as bigint) is null or b.id = :batch)
				group by b.id, b.label, b.code_count, b.created_at, b.created_by, b.withdrawn_at, b.withdrawn_by
				order by b.created_at desc, b.id desc""").param("province", province.value())
			.param("batch", batchId, java.sql.Types.BIGINT)
			.query((rs, n) -> new CodeBatch(rs.getLong("id"), rs.getString("label"), rs.getInt("code_count"),
					rs.getInt("used"), instant(rs, "created_at"), rs.getString("created_by"), rs.getInt("withdrawn"),
					instant(rs, "withdrawn_at"), rs.getString("withdrawn_by")))
			.list();
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.time.OffsetDateTime at = rs.getObject(column, java.time.OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}
}
