package org.smartcityplanner.participation.internal.stakeholder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.participation.GroupInputException;
import org.smartcityplanner.participation.Stakeholder;
import org.smartcityplanner.participation.StakeholderApi;
import org.smartcityplanner.participation.StakeholderDraft;
import org.smartcityplanner.participation.StakeholderRegistered;
import org.smartcityplanner.participation.domain.group.Problem;
import org.smartcityplanner.participation.domain.stakeholder.StakeholderRules;
import org.smartcityplanner.publicaccess.Consent;
import org.smartcityplanner.publicaccess.ConsentRequest;
import org.smartcityplanner.publicaccess.PersonalDataConsents;
import org.smartcityplanner.publicaccess.PersonalLink;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stakeholder registry. Personal fields live in {@code par_stakeholder}; the consent, its link and its
 * retention in publicaccess, read back for a whole list in one query.
 */
@Service
class StakeholderRegistry implements StakeholderApi {

	static final String HOLDER = "participation-stakeholder";

	private final JdbcClient jdbc;
	private final PersonalDataConsents consents;
	private final StakeholderFigures figures;
	private final AuditLog audit;
	private final Clock clock;

	StakeholderRegistry(JdbcClient jdbc, PersonalDataConsents consents, StakeholderFigures figures, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.consents = consents;
		this.figures = figures;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<Stakeholder> stakeholders(ProvinceCode province) {
		return withConsent(jdbc.sql("select * from par_stakeholder where province_code = ? and moderation = 'CONFIRMED' "
				+ "order by case when erased_at is null then 0 else 1 end, name, id").param(province.value())
			.query(StakeholderRows::row).list());
	}

	/** Self-registrations waiting for staff, oldest first, with their consents (two queries). */
	List<Stakeholder> pending(ProvinceCode province) {
		return withConsent(jdbc.sql("select * from par_stakeholder where province_code = ? and moderation = 'PENDING' "
				+ "order by created_at, id").param(province.value()).query(StakeholderRows::row).list());
	}

	@Override
	public PageOf<Stakeholder> stakeholders(ProvinceCode province, Paging paging) {
		List<Stakeholder> page = withConsent(jdbc.sql("select * from par_stakeholder where province_code = ? "
				+ "and moderation = 'CONFIRMED' order by case when erased_at is null then 0 else 1 end, name, id limit ? offset ?")
			.params(province.value(), paging.size(), paging.offset()).query(StakeholderRows::row).list());
		long total = jdbc.sql("select count(*) from par_stakeholder where province_code = ? and moderation = 'CONFIRMED'")
			.param(province.value())
			.query(Long.class).single();
		return PageOf.of(page, paging, total);
	}

	@Override
	public Stakeholder stakeholder(ProvinceCode province, long stakeholderId) {
		StakeholderRows.Row row = InProvince.require(jdbc.sql("select * from par_stakeholder where id = ? and province_code = ?")
			.params(stakeholderId, province.value()).query(StakeholderRows::row).optional(), "stakeholderId",
				stakeholderId);
		return withConsent(List.of(row)).get(0);
	}

	@Override
	@Transactional
	public StakeholderRegistered register(ProvinceCode province, StakeholderDraft draft) {
		return register(province, draft, Intake.BY_STAFF);
	}

	/**
	 * Registers a stakeholder with their consent, as staff typed it, as the person sent it (waiting for staff to
	 * confirm) or as a row of an imported sheet.
	 */
	@Transactional
	StakeholderRegistered register(ProvinceCode province, StakeholderDraft draft, Intake intake) {
		refuse(draft);
		var keys = new GeneratedKeyHolder();
		Object[] f = fields(draft);
		jdbc.sql("""
				insert into par_stakeholder (province_code, name, organisation, stakeholder_type, sector, interest,
				  phone, email, created_at, moderation, consent_channel, consent_collected_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(province.value(), f[0], f[1], f[2], f[3], f[4], f[5], f[6], Utc.of(clock.instant()),
					intake.moderation(), intake.channel(), intake.collectedOn())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		int months = StakeholderRules.retention(draft.retentionMonths()).orElseThrow();
		LocalDate until = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Bangkok")).plusMonths(months);
		PersonalLink link = consents.record(new ConsentRequest(province, HOLDER, id, PURPOSE, CONSENT_VERSION, until));
		Map<String, Object> after = new java.util.LinkedHashMap<>(Map.of("type", f[2], "sector", f[3],
				"consent", CONSENT_VERSION, "channel", intake.channel(), "moderation", intake.moderation()));
		if (intake.collectedOn() != null) {
			after.put("collectedOn", intake.collectedOn().toString());
		}
		audit.record(new AuditChange("participation-stakeholder", String.valueOf(id), intake.auditAction(), province,
				null, after));
		return new StakeholderRegistered(stakeholder(province, id), link.secret());
	}

	@Override
	@Transactional
	public Stakeholder update(ProvinceCode province, long stakeholderId, StakeholderDraft draft, int version) {
		Stakeholder before = stakeholder(province, stakeholderId);
		if (before.erased()) {
			throw new InvalidInputException("participation.stakeholder.erased");
		}
		// consent was recorded at registration; a change of details does not ask for it again
		refuse(new StakeholderDraft(draft.name(), draft.organisation(), draft.type(), draft.sector(), draft.interest(),
				draft.phone(), draft.email(), true, null));
		Object[] f = fields(draft);
		if (before.withdrawn()) {
			// after a withdrawal the province may no longer contact them
			f[5] = null;
			f[6] = null;
		}
		int changed = jdbc.sql("""
				update par_stakeholder set name = ?, organisation = ?, stakeholder_type = ?, sector = ?, interest = ?,
				  phone = ?, email = ?, lock_version = lock_version + 1
				where id = ? and province_code = ? and lock_version = ? and erased_at is null""")
			.params(f[0], f[1], f[2], f[3], f[4], f[5], f[6], stakeholderId, province.value(), version).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("stakeholder " + stakeholderId + " changed");
		}
		Stakeholder after = stakeholder(province, stakeholderId);
		audit.record(new AuditChange("participation-stakeholder", String.valueOf(stakeholderId), "updated", province,
				before, after));
		return after;
	}

	@Override
	@Transactional
	public Stakeholder recordWithdrawal(ProvinceCode province, long stakeholderId) {
		stakeholder(province, stakeholderId);
		consents.withdraw(province, HOLDER, stakeholderId);
		return stakeholder(province, stakeholderId);
	}

	@Override
	@Transactional
	public String renewLink(ProvinceCode province, long stakeholderId) {
		Stakeholder stakeholder = stakeholder(province, stakeholderId);
		if (stakeholder.erased()) {
			throw new InvalidInputException("participation.stakeholder.erased");
		}
		return consents.renewLink(province, HOLDER, stakeholderId);
	}

	@Override
	public Map<String, Integer> figures(ProvinceCode province) {
		return figures.of(province);
	}

	private static void refuse(StakeholderDraft d) {
		List<Problem> problems = StakeholderRules.problemsOf(d.name(), d.organisation(), d.type(), d.sector(),
				d.interest(), d.phone(), d.email(), d.consent(), d.retentionMonths());
		GroupInputException.refuse(problems);
	}

	/** name, organisation, type, sector, interest, phone, email: cleaned, ready to store. */
	private static Object[] fields(StakeholderDraft d) {
		return new Object[] { d.name().strip(), d.organisation() == null ? "" : d.organisation().strip(),
				StakeholderRules.type(d.type()).orElseThrow().name(),
				org.smartcityplanner.participation.Sector.parse(d.sector()).name(),
				d.interest() == null ? "" : d.interest().strip(), StakeholderRules.phone(d.phone()).orElse(null),
				d.email() == null || d.email().isBlank() ? null : d.email().strip() };
	}

	private List<Stakeholder> withConsent(Collection<StakeholderRows.Row> rows) {
		Map<Long, Consent> byId = consents.of(HOLDER, rows.stream().map(StakeholderRows.Row::id).toList());
		return rows.stream().map(row -> row.with(byId.get(row.id()))).toList();
	}
}
