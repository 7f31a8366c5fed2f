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
	record StoredCode(long id, ProvinceCode province, boolean used) {
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
		return jdbc.sql("select id, province_code, used_at from par_code where code_hash = ?").param(hash)
			.query((rs, n) -> new StoredCode(rs.getLong(1), new ProvinceCode(rs.getString(2)),
					rs.getObject(3) != null))
			.optional();
	}

	/**
	 * Marks the code used if nobody did before: one conditional update, so of two sessions (on two nodes) typing the
	 * same code at once exactly one gets {@code true}.
	 */
	boolean markUsed(long codeId, Instant now) {
		return jdbc.sql("update par_code set used_at = ? where id = ? and used_at is null")
			.params(Utc.of(now), codeId).update() == 1;
	}

	List<CodeBatch> batches(ProvinceCode province) {
		return jdbc.sql("""
				select b.id, b.label, b.code_count, b.created_at, b.created_by, count(c.used_at) as used
				from par_code_batch b left join par_code c on c.batch_id = b.id
				where b.province_code = ?
				group by b.id, b.label, b.code_count, b.created_at, b.created_by
				order by b.created_at desc, b.id desc""").param(province.value())
			.query((rs, n) -> new CodeBatch(rs.getLong("id"), rs.getString("label"), rs.getInt("code_count"),
					rs.getInt("used"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getString("created_by")))
			.list();
	}
}
