package org.smartcityplanner.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditEntry;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.audit.AuditPage;
import org.smartcityplanner.audit.AuditQuery;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class AuditSearchDatabaseTests {

	// entity types no other test writes, so totals are exact whatever ran before
	private static final String PAGED = "audit-search-paged";
	private static final String TYPE = "audit-search-test";

	@Autowired
	AuditLog audit;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesThroughEveryMatchingEntryNewestFirstWithTheTotal() {
		for (int i = 1; i <= 7; i++) {
			record(PAGED, String.valueOf(i), "TH-24");
		}
		AuditQuery query = new AuditQuery(PAGED, null, null, null, null);

		AuditPage first = audit.search(query, 1, 3);
		AuditPage last = audit.search(query, 3, 3);

		assertThat(first.total()).isEqualTo(7);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.entries()).extracting(AuditEntry::entityId).containsExactly("7", "6", "5");
		assertThat(last.entries()).extracting(AuditEntry::entityId).containsExactly("1");
		assertThat(last.hasNext()).isFalse();
		assertThat(audit.search(query, 4, 3).entries()).isEmpty();
	}

	@Test
	void filtersByProvinceUserAndThailandDays() {
		long inKhonKaen = record(TYPE, "kk", "TH-40");
		long inUdon = record(TYPE, "ud", "TH-41");
		// 23:30 UTC on 31 Jan is 06:30 on 1 Feb in Thailand: it belongs to 1 Feb
		jdbc.sql("update aud_entry set occurred_at = ? where id = ?")
			.params(OffsetDateTime.of(2027, 1, 31, 23, 30, 0, 0, ZoneOffset.UTC), inKhonKaen)
			.update();
		jdbc.sql("update aud_entry set occurred_at = ? where id = ?")
			.params(OffsetDateTime.of(2027, 1, 31, 16, 30, 0, 0, ZoneOffset.UTC), inUdon)
			.update();

		assertThat(ids(new AuditQuery(TYPE, null, "TH-40", null, null))).containsExactly("kk");
		assertThat(ids(new AuditQuery(TYPE, null, null, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1))))
			.containsExactly("kk");
		assertThat(ids(new AuditQuery(TYPE, null, null, null, LocalDate.of(2027, 1, 31)))).containsExactly("ud");
		assertThat(ids(new AuditQuery(TYPE, "SYSTEM", "TH-41", null, null))).containsExactly("ud");
		assertThat(ids(new AuditQuery(TYPE, "somebody.else", null, null, null))).isEmpty();
	}

	@Test
	void refusesAPageSizeBeyondTheLimitAndADayRangeBackwards() {
		assertThatThrownBy(() -> audit.search(AuditQuery.all(), 1, 501)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> audit.search(AuditQuery.all(), 0, 10)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AuditQuery(null, null, null, LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private java.util.List<String> ids(AuditQuery query) {
		return audit.search(query, 1, 50).entries().stream().map(AuditEntry::entityId).toList();
	}

	private long record(String type, String entityId, String province) {
		transactions.executeWithoutResult(status -> audit.record(
				new AuditChange(type, entityId, "created", new ProvinceCode(province), null, java.util.Map.of("n", 1))));
		return jdbc.sql("select max(id) from aud_entry where entity_type = ? and entity_id = ?")
			.params(type, entityId)
			.query(Long.class)
			.single();
	}
}
