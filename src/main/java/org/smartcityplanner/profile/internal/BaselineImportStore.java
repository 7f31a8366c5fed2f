package org.smartcityplanner.profile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.profile.BaselineImportPreview;
import org.smartcityplanner.profile.BaselineImportResult;
import org.smartcityplanner.profile.BaselineImportRow;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checked import files waiting for confirmation, in table {@code prf_baseline_import}. The database rather than
 * the HTTP session or a node's memory holds them, because behind a load balancer the preview and the
 * confirmation may reach different instances; the rows are JSON because they are only ever read back whole.
 */
@Component
class BaselineImportStore {

	private static final TypeReference<List<BaselineImportRow>> ROWS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	BaselineImportStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(BaselineImportPreview preview) {
		jdbc.sql("""
				insert into prf_baseline_import (id, province_code, created_by, created_at, expires_at, file_name,
				rows_json) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(preview.id(), preview.province().value(), preview.createdBy(), Utc.of(preview.createdAt()),
					Utc.of(preview.expiresAt()), preview.fileName(), json.writeValueAsString(preview.rows()))
			.update();
	}

	/** The import, if it is of this province and was uploaded by this user; expired ones included. */
	Optional<BaselineImportPreview> find(ProvinceCode province, String id, String createdBy) {
		return jdbc.sql("select * from prf_baseline_import where id = ? and province_code = ? and created_by = ?")
			.params(id, province.value(), createdBy).query((rs, row) -> preview(rs)).optional();
	}

	/**
	 * Marks the import confirmed unless it already is. Only one of two concurrent confirmations gets {@code true}:
	 * the second waits for the first's row lock and then no longer matches {@code confirmed_at is null}.
	 */
	boolean claim(String id, String confirmedBy, Instant now) {
		return jdbc.sql("""
				update prf_baseline_import set confirmed_at = ?, confirmed_by = ?
				where id = ? and confirmed_at is null and expires_at > ?""")
			.params(Utc.of(now), confirmedBy, id, Utc.of(now)).update() == 1;
	}

	void recordResult(String id, BaselineImportResult result) {
		jdbc.sql("update prf_baseline_import set inserted_count = ?, updated_count = ?, skipped_count = ? where id = ?")
			.params(result.inserted(), result.updated(), result.skipped(), id).update();
	}

	/** Removes imports that expired before {@code cutoff}, confirmed or not. */
	int deleteExpired(Instant cutoff) {
		return jdbc.sql("delete from prf_baseline_import where expires_at < ?").param(Utc.of(cutoff)).update();
	}

	private BaselineImportPreview preview(ResultSet rs) throws SQLException {
		List<BaselineImportRow> rows = json.readerFor(ROWS)
			.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(rs.getString("rows_json"));
		BaselineImportResult confirmation = rs.getTimestamp("confirmed_at") == null ? null
				: new BaselineImportResult(rs.getInt("inserted_count"), rs.getInt("updated_count"),
						rs.getInt("skipped_count"), true);
		return new BaselineImportPreview(rs.getString("id"), new ProvinceCode(rs.getString("province_code")),
				rs.getString("file_name"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), rows, confirmation);
	}
}
