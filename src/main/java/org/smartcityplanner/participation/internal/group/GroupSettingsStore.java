package org.smartcityplanner.participation.internal.group;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.participation.GroupInputException;
import org.smartcityplanner.participation.GroupSettings;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.SettingsDraft;
import org.smartcityplanner.participation.domain.group.Problem;
import org.smartcityplanner.participation.domain.group.SettingsRules;
import org.smartcityplanner.participation.domain.group.TextRules;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The working group's settings row; a province without one gets defaults named after it. */
@Component
class GroupSettingsStore {

	private static final String[] COLUMNS = { "target_central_agency", "target_provincial_admin",
			"target_local_government", "target_private", "target_civil_society", "target_academia" };

	private final JdbcClient jdbc;
	private final ReferenceApi reference;
	private final AuditLog audit;
	private final Clock clock;

	GroupSettingsStore(JdbcClient jdbc, ReferenceApi reference, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.reference = reference;
		this.audit = audit;
		this.clock = clock;
	}

	GroupSettings settings(ProvinceCode province) {
		return jdbc.sql("select * from par_group_settings where province_code = ?").param(province.value())
			.query((rs, n) -> {
				Map<Sector, Integer> targets = new EnumMap<>(Sector.class);
				for (Sector sector : Sector.values()) {
					targets.put(sector, rs.getInt(COLUMNS[sector.ordinal()]));
				}
				return new GroupSettings(province, rs.getString("group_name"), rs.getString("issuer"),
						rs.getString("duties"), targets, rs.getInt("lock_version"));
			}).optional().orElseGet(() -> defaults(province));
	}

	private GroupSettings defaults(ProvinceCode province) {
		String name = reference.province(province).map(p -> p.name().th()).orElse(province.value());
		Map<Sector, Integer> targets = new EnumMap<>(Sector.class);
		for (Sector sector : Sector.values()) {
			targets.put(sector, SettingsRules.DEFAULT_TARGET);
		}
		return new GroupSettings(province, "คณะทำงานขับเคลื่อนการพัฒนาเมืองอัจฉริยะจังหวัด" + name, "จังหวัด" + name,
				SettingsRules.DEFAULT_DUTIES, targets, 0);
	}

	@Transactional
	GroupSettings save(ProvinceCode province, SettingsDraft draft, int version) {
		List<Problem> problems = new ArrayList<>(
				SettingsRules.problemsOf(draft.groupName(), draft.issuer(), draft.duties()));
		Map<Sector, Integer> targets = SettingsRules.targets(draft.targets(), problems);
		GroupInputException.refuse(problems);
		GroupSettings before = settings(province);
		if (before.version() != version) {
			throw new OptimisticLockingFailureException("group settings of " + province.value() + " changed");
		}
		Object[] values = { TextRules.clean(draft.groupName()), TextRules.clean(draft.issuer()),
				TextRules.clean(draft.duties()), targets.get(Sector.CENTRAL_AGENCY),
				targets.get(Sector.PROVINCIAL_ADMINISTRATION), targets.get(Sector.LOCAL_GOVERNMENT),
				targets.get(Sector.PRIVATE), targets.get(Sector.CIVIL_SOCIETY), targets.get(Sector.ACADEMIA),
				Utc.of(clock.instant()) };
		int changed = jdbc.sql("""
				update par_group_settings set group_name = ?, issuer = ?, duties = ?, target_central_agency = ?,
				  target_provincial_admin = ?, target_local_government = ?, target_private = ?,
				  target_civil_society = ?, target_academia = ?, updated_at = ?, lock_version = lock_version + 1
				where province_code = ? and lock_version = ?""")
			.params(append(values, province.value(), version)).update();
		if (changed == 0) {
			insertFirst(province, values, version);
		}
		GroupSettings after = settings(province);
		audit.record(new AuditChange("participation-group-settings", province.value(), "updated", province, before,
				after));
		return after;
	}

	private void insertFirst(ProvinceCode province, Object[] values, int version) {
		boolean exists = jdbc.sql("select count(*) from par_group_settings where province_code = ?")
			.param(province.value()).query(Integer.class).single() > 0;
		if (exists || version != 0) {
			throw new OptimisticLockingFailureException("group settings of " + province.value() + " changed");
		}
		try {
			jdbc.sql("""
				insert into par_group_settings (group_name, issuer, duties, target_central_agency,
				  target_provincial_admin, target_local_government, target_private, target_civil_society,
				  target_academia, updated_at, province_code, lock_version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""").params(append(values, province.value())).update();
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			// someone saved the first settings at the same moment
			throw new OptimisticLockingFailureException("group settings of " + province.value() + " changed", e);
		}
	}

	private static Object[] append(Object[] values, Object... more) {
		Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
		System.arraycopy(more, 0, all, values.length, more.length);
		return all;
	}
}
