package org.smartcityplanner.participation.internal.stakeholder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.Stakeholder;
import org.smartcityplanner.participation.StakeholderDraft;
import org.smartcityplanner.participation.StakeholderRegistered;
import org.smartcityplanner.participation.domain.stakeholder.StakeholderSheet;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.publicaccess.PersonalDataConsents;
import org.smartcityplanner.publicaccess.Secrets;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registrations and imports, stored through the registry's one insert so that they carry their consent like
 * every other stakeholder. A pending registration is moved on only while it is pending: a second confirmation or
 * a confirmation of a rejected one finds nothing.
 */
@Service
class StakeholderIntakeService implements StakeholderIntake {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final StakeholderRegistry registry;
	private final JdbcClient jdbc;
	private final PersonalDataConsents consents;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final Clock clock;

	StakeholderIntakeService(StakeholderRegistry registry, JdbcClient jdbc, PersonalDataConsents consents,
			AuditLog audit, IdentityApi identity, Clock clock) {
		this.identity = identity;
		this.registry = registry;
		this.jdbc = jdbc;
		this.consents = consents;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> signupKey(ProvinceCode province) {
		return jdbc.sql("select public_key from par_signup_link where province_code = ?").param(province.value())
			.query(String.class).optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProvinceCode> signupProvince(String key) {
		return jdbc.sql("select province_code from par_signup_link where public_key = ?").param(key)
			.query((rs, n) -> ProvinceCode.of(rs.getString(1))).optional();
	}

	@Override
	@Transactional
	public String openSignup(ProvinceCode province) {
		return signupKey(province).orElseGet(() -> {
			String key = Secrets.secret();
			jdbc.sql("insert into par_signup_link (province_code, public_key, opened_at, opened_by) values (?, ?, ?, ?)")
				.params(province.value(), key, Utc.of(clock.instant()), identity.actorName()).update();
			audit.record(new AuditChange("participation-signup-link", province.value(), "opened", province, null,
					"open"));
			return key;
		});
	}

	@Override
	@Transactional
	public void closeSignup(ProvinceCode province) {
		if (jdbc.sql("delete from par_signup_link where province_code = ?").param(province.value()).update() == 1) {
			audit.record(new AuditChange("participation-signup-link", province.value(), "closed", province, "open",
					null));
		}
	}

	@Override
	@Transactional
	public StakeholderRegistered signUp(ProvinceCode province, StakeholderDraft draft) {
		return registry.register(province, draft, Intake.SELF);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Stakeholder> pending(ProvinceCode province) {
		return registry.pending(province);
	}

	@Override
	@Transactional
	public Stakeholder confirm(ProvinceCode province, long stakeholderId) {
		moderate(province, stakeholderId, "CONFIRMED");
		return registry.stakeholder(province, stakeholderId);
	}

	@Override
	@Transactional
	public void reject(ProvinceCode province, long stakeholderId) {
		moderate(province, stakeholderId, "REJECTED");
		// the person asked to be in the registry and was not taken: nothing of theirs is kept
		consents.eraseNow(StakeholderRegistry.HOLDER, List.of(stakeholderId));
	}

	@Override
	public List<StakeholderSheet.Row> preview(List<List<String>> records) {
		return StakeholderSheet.read(records, LocalDate.now(clock.withZone(BANGKOK)));
	}

	@Override
	@Transactional
	public int importSheet(ProvinceCode province, List<List<String>> records) {
		List<StakeholderSheet.Row> rows = preview(records);
		List<Problem> problems = rows.stream().flatMap(row -> row.problems().stream()
			.map(p -> Problem.of("row" + row.number() + (p.field() == null ? "" : "." + p.field()), p.messageKey(),
					p.arguments().toArray())))
			.toList();
		if (!problems.isEmpty()) {
			throw new InputProblemsException(problems);
		}
		for (StakeholderSheet.Row row : rows) {
			registry.register(province, row.draft(), Intake.imported(row.channel(), row.collectedOn()));
		}
		return rows.size();
	}

	private void moderate(ProvinceCode province, long stakeholderId, String decision) {
		int changed = jdbc.sql("""
				update par_stakeholder set moderation = ?, lock_version = lock_version + 1
				where id = ? and province_code = ? and moderation = 'PENDING'""")
			.params(decision, stakeholderId, province.value()).update();
		InProvince.require(changed == 1, "stakeholderId", stakeholderId);
		audit.record(new AuditChange("participation-stakeholder", String.valueOf(stakeholderId),
				decision.toLowerCase(java.util.Locale.ROOT), province, "PENDING", decision));
	}
}
