package org.smartcityplanner.reference.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes reference data rows. Upserts are update-then-insert so the same SQL runs on H2 and PostgreSQL.
 */
@Component
class ReferenceStore {

	private final JdbcClient jdbc;

	ReferenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> checksumOf(String dataset) {
		return jdbc.sql("select checksum from ref_dataset where name = ?").param(dataset).query(String.class).optional();
	}

	void recordChecksum(String dataset, String checksum, int rows) {
		int updated = jdbc.sql("update ref_dataset set checksum = ?, row_count = ?, loaded_at = ? where name = ?")
			.params(checksum, rows, Utc.now(), dataset).update();
		if (updated == 0) {
			jdbc.sql("insert into ref_dataset (name, checksum, row_count, loaded_at) values (?, ?, ?, ?)")
				.params(dataset, checksum, rows, Utc.now()).update();
		}
	}

	void upsertRegion(Map<String, String> row) {
		int updated = jdbc.sql("update ref_region set name_th = ?, name_en = ? where code = ?")
			.params(row.get("name_th"), row.get("name_en"), row.get("code")).update();
		if (updated == 0) {
			jdbc.sql("insert into ref_region (code, name_th, name_en) values (?, ?, ?)")
				.params(row.get("code"), row.get("name_th"), row.get("name_en")).update();
		}
	}

	void upsertProvince(Map<String, String> row) {
		int updated = jdbc.sql("update ref_province set name_th = ?, name_en = ?, region_code = ? where code = ?")
			.params(row.get("name_th"), row.get("name_en"), row.get("region"), row.get("code")).update();
		if (updated == 0) {
			jdbc.sql("insert into ref_province (code, name_th, name_en, region_code) values (?, ?, ?, ?)")
				.params(row.get("code"), row.get("name_th"), row.get("name_en"), row.get("region")).update();
		}
	}

	void upsertItem(ReferenceKind kind, Map<String, String> row) {
		Object[] values = {
			Integer.parseInt(CsvTable.firstOf(row, "sort_order", "number").orElseThrow()),
			row.get("name_th"), row.get("name_en"),
			CsvTable.firstOf(row, "definition_th", "description_th").orElse(null),
			CsvTable.firstOf(row, "definition_en", "description_en").orElse(null),
			Boolean.parseBoolean(row.getOrDefault("confirmed", "true")),
			row.getOrDefault("note", ""),
			kind.name(), row.get("code") };
		int updated = jdbc.sql("""
				update ref_item set sort_order = ?, name_th = ?, name_en = ?, description_th = ?, description_en = ?,
				confirmed = ?, note = ? where kind = ? and code = ?""").params(values).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into ref_item (sort_order, name_th, name_en, description_th, description_en, confirmed, note,
					kind, code) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
		}
	}

	/** The codes of one list in their official order, e.g. the smart dimensions an indicator may belong to. */
	List<String> codesOf(ReferenceKind kind) {
		return jdbc.sql("select code from ref_item where kind = ? order by sort_order, code").param(kind.name())
			.query(String.class).list();
	}

	void upsertIndicator(Indicator indicator) {
		Object[] values = { indicator.sortOrder(), indicator.dimension(), indicator.name().th(), indicator.name().en(),
			indicator.unit().th(), indicator.unit().en(), indicator.direction().name(), indicator.framework(),
			indicator.ref(), indicator.definition().th(), indicator.definition().en(), indicator.confirmed(),
			indicator.note(), indicator.code() };
		int updated = jdbc.sql("""
				update ref_indicator set sort_order = ?, dimension = ?, name_th = ?, name_en = ?, unit_th = ?,
				unit_en = ?, direction = ?, framework = ?, ref = ?, definition_th = ?, definition_en = ?, confirmed = ?,
				note = ? where code = ?""").params(values).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into ref_indicator (sort_order, dimension, name_th, name_en, unit_th, unit_en, direction,
					framework, ref, definition_th, definition_en, confirmed, note, code)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
		}
	}
}
