package org.smartcityplanner.publicaccess.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.publicaccess.Consent;
import org.smartcityplanner.publicaccess.ConsentRequest;
import org.smartcityplanner.publicaccess.PersonalDataConsents;
import org.smartcityplanner.publicaccess.PersonalLink;
import org.smartcityplanner.publicaccess.Secrets;
import org.smartcityplanner.publicaccess.spi.PersonalDataHolder;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The consents in {@code pac_consent}; the holders are asked for the data itself. */
@Service
class JdbcPersonalDataConsents implements PersonalDataConsents {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;
	private final Map<String, PersonalDataHolder> holders;

	JdbcPersonalDataConsents(JdbcClient jdbc, AuditLog audit, Clock clock, List<PersonalDataHolder> holders) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.holders = holders.stream().collect(Collectors.toMap(PersonalDataHolder::holder, Function.identity()));
	}

	@Override
	@Transactional
	public PersonalLink record(ConsentRequest request) {
		String secret = Secrets.secret();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into pac_consent (province_code, holder, subject_id, purpose, text_version, consented_at,
				  retained_until, link_hash) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(request.province().value(), request.holder(), request.subjectId(), request.purpose(),
					request.textVersion(), Utc.of(clock.instant()), request.retainedUntil(), Secrets.hash(secret))
			.update(keys, "id");
		Consent consent = byId(keys.getKeyAs(Number.class).longValue());
		audit.record(new AuditChange("personal-data-consent", String.valueOf(consent.id()), "consented",
				consent.province(), null, Map.of("holder", consent.holder(), "subject", consent.subjectId(),
						"textVersion", consent.textVersion(), "retainedUntil", consent.retainedUntil().toString())));
		return new PersonalLink(consent, secret);
	}

	@Override
	public Optional<Consent> byLink(String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select * from pac_consent where link_hash = ? and erased_at is null")
			.param(Secrets.hash(secret)).query(JdbcPersonalDataConsents::consent).optional();
	}

	@Override
	public Optional<Consent> of(String holder, long subjectId) {
		return jdbc.sql("select * from pac_consent where holder = ? and subject_id = ?").params(holder, subjectId)
			.query(JdbcPersonalDataConsents::consent).optional();
	}

	@Override
	public Map<Long, Consent> of(String holder, Collection<Long> subjectIds) {
		Map<Long, Consent> found = new LinkedHashMap<>();
		List<Long> ids = List.copyOf(subjectIds);
		// in slices, so a long list never exceeds a driver's parameter limit
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 500));
			jdbc.sql("select * from pac_consent where holder = :holder and subject_id in (:ids)")
				.param("holder", holder).param("ids", slice).query(JdbcPersonalDataConsents::consent).list()
				.forEach(c -> found.put(c.subjectId(), c));
		}
		return found;
	}

	@Override
	@Transactional
	public String renewLink(ProvinceCode province, String holder, long subjectId) {
		String secret = Secrets.secret();
		int changed = jdbc.sql("""
				update pac_consent set link_hash = ? where holder = ? and subject_id = ? and province_code = ?
				  and erased_at is null""").params(Secrets.hash(secret), holder, subjectId, province.value()).update();
		if (changed == 0) {
			throw new NotInProvinceException("subjectId", subjectId);
		}
		Consent consent = of(holder, subjectId).orElseThrow();
		audit.record(new AuditChange("personal-data-consent", String.valueOf(consent.id()), "link-issued", province,
				null, null));
		return secret;
	}

	@Override
	@Transactional
	public Consent withdraw(String secret) {
		return withdrawn(linked(secret));
	}

	@Override
	@Transactional
	public Consent withdraw(ProvinceCode province, String holder, long subjectId) {
		Consent consent = of(holder, subjectId).filter(c -> c.province().equals(province))
			.orElseThrow(() -> new NotInProvinceException("subjectId", subjectId));
		return withdrawn(consent);
	}

	private Consent withdrawn(Consent consent) {
		if (consent.erased()) {
			throw new InvalidInputException("publicaccess.consent.erased");
		}
		if (consent.withdrawn()) {
			return consent;
		}
		jdbc.sql("update pac_consent set withdrawn_at = ? where id = ? and withdrawn_at is null")
			.params(Utc.of(clock.instant()), consent.id()).update();
		holder(consent).withdrawn(consent.subjectId());
		Consent after = byId(consent.id());
		audit.record(new AuditChange("personal-data-consent", String.valueOf(consent.id()), "withdrawn",
				consent.province(), null, Map.of("holder", consent.holder(), "subject", consent.subjectId())));
		return after;
	}

	@Override
	public Map<String, Object> export(String secret) {
		Consent consent = linked(secret);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("purpose", consent.purpose());
		data.put("consentVersion", consent.textVersion());
		data.put("consentedAt", consent.consentedAt().toString());
		data.put("consentWithdrawnAt", consent.withdrawnAt() == null ? null : consent.withdrawnAt().toString());
		data.put("retainedUntil", consent.retainedUntil().toString());
		data.put("province", consent.province().value());
		data.putAll(holder(consent).personalData(consent.subjectId()));
		return data;
	}

	@Override
	@Transactional
	public void erase(String secret) {
		Consent consent = linked(secret);
		jdbc.sql("update pac_consent set erasure_requested_at = ? where id = ?").params(Utc.of(clock.instant()),
				consent.id()).update();
		erase(consent, true);
	}

	@Override
	@Transactional
	public int eraseNow(String holder, Collection<Long> subjectIds) {
		int count = 0;
		for (Consent consent : of(holder, subjectIds).values()) {
			if (!consent.erased()) {
				erase(consent, false);
				count++;
			}
		}
		return count;
	}

	@Override
	@Transactional
	public void retainUntil(String holder, Collection<Long> subjectIds, LocalDate until) {
		for (Long id : subjectIds) {
			jdbc.sql("update pac_consent set retained_until = ? where holder = ? and subject_id = ? and erased_at is null")
				.params(until, holder, id).update();
		}
	}

	@Override
	@Transactional
	public int eraseExpired() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), BANGKOK);
		List<Consent> expired = jdbc.sql("select * from pac_consent where retained_until < ? and erased_at is null")
			.param(today).query(JdbcPersonalDataConsents::consent).list();
		expired.forEach(consent -> erase(consent, false));
		return expired.size();
	}

	private void erase(Consent consent, boolean atRequest) {
		holder(consent).erase(consent.subjectId(), atRequest);
		jdbc.sql("update pac_consent set erased_at = ?, link_hash = null where id = ?")
			.params(Utc.of(clock.instant()), consent.id()).update();
		audit.record(new AuditChange("personal-data-consent", String.valueOf(consent.id()),
				atRequest ? "erased-at-request" : "erased-after-retention", consent.province(), null,
				Map.of("holder", consent.holder(), "subject", consent.subjectId())));
	}

	private Consent linked(String secret) {
		return byLink(secret).orElseThrow(() -> new InvalidInputException("publicaccess.link.unknown"));
	}

	private PersonalDataHolder holder(Consent consent) {
		PersonalDataHolder holder = holders.get(consent.holder());
		if (holder == null) {
			throw new IllegalStateException("No personal-data holder named " + consent.holder());
		}
		return holder;
	}

	private Consent byId(long id) {
		return jdbc.sql("select * from pac_consent where id = ?").param(id).query(JdbcPersonalDataConsents::consent)
			.single();
	}

	private static Consent consent(ResultSet rs, int n) throws SQLException {
		return new Consent(rs.getLong("id"), ProvinceCode.of(rs.getString("province_code")), rs.getString("holder"),
				rs.getLong("subject_id"), rs.getString("purpose"), rs.getString("text_version"),
				instant(rs, "consented_at"), instant(rs, "withdrawn_at"), rs.getDate("retained_until").toLocalDate(),
				instant(rs, "erasure_requested_at"), instant(rs, "erased_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
