package org.smartcityplanner.participation.internal.group;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.participation.GroupInputException;
import org.smartcityplanner.participation.GroupMember;
import org.smartcityplanner.participation.GroupRole;
import org.smartcityplanner.participation.MemberDraft;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.domain.group.MemberRules;
import org.smartcityplanner.participation.domain.group.TextRules;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of the working groups. A member who leaves is kept with the day they left, so the history of who
 * joined and left survives; nobody is deleted.
 */
@Component
class GroupMembers {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
	// chair first, secretaries last, as an order lists them
	private static final String ROLE_ORDER = """
			case group_role when 'CHAIR' then 0 when 'VICE_CHAIR' then 1 when 'MEMBER' then 2
			  when 'SECRETARY' then 3 else 4 end""";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	GroupMembers(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	List<GroupMember> current(ProvinceCode province) {
		return jdbc.sql("select * from par_group_member where province_code = ? and left_on is null order by "
				+ ROLE_ORDER + ", sector, id").param(province.value()).query(GroupRows::member).list();
	}

	List<GroupMember> former(ProvinceCode province) {
		return jdbc.sql("select * from par_group_member where province_code = ? and left_on is not null "
				+ "order by left_on desc, id desc").param(province.value()).query(GroupRows::member).list();
	}

	GroupMember member(ProvinceCode province, long memberId) {
		return InProvince.require(jdbc.sql("select * from par_group_member where id = ? and province_code = ?")
			.params(memberId, province.value()).query(GroupRows::member).optional(), "memberId", memberId);
	}

	@Transactional
	GroupMember add(ProvinceCode province, MemberDraft draft) {
		GroupInputException.refuse(MemberRules.problemsOf(draft.fullName(), draft.position(), draft.organisation(),
				draft.sector(), draft.role()));
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into par_group_member (province_code, full_name, position_title, organisation, sector,
				  group_role, joined_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(province.value(), TextRules.clean(draft.fullName()), TextRules.clean(draft.position()),
					TextRules.clean(draft.organisation()), Sector.parse(draft.sector()).name(),
					GroupRole.parse(draft.role()).name(), today(), Utc.of(clock.instant()))
			.update(keys, "id");
		GroupMember added = member(province, keys.getKeyAs(Number.class).longValue());
		audit.record(new AuditChange("participation-group-member", String.valueOf(added.id()), "joined", province,
				null, added));
		return added;
	}

	@Transactional
	GroupMember update(ProvinceCode province, long memberId, MemberDraft draft, int version) {
		GroupMember before = member(province, memberId);
		GroupInputException.refuse(MemberRules.problemsOf(draft.fullName(), draft.position(), draft.organisation(),
				draft.sector(), draft.role()));
		int changed = jdbc.sql("""
				update par_group_member set full_name = ?, position_title = ?, organisation = ?, sector = ?,
				  group_role = ?, lock_version = lock_version + 1
				where id = ? and province_code = ? and lock_version = ?""")
			.params(TextRules.clean(draft.fullName()), TextRules.clean(draft.position()),
					TextRules.clean(draft.organisation()), Sector.parse(draft.sector()).name(),
					GroupRole.parse(draft.role()).name(), memberId, province.value(), version)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("member " + memberId + " changed");
		}
		GroupMember after = member(province, memberId);
		audit.record(new AuditChange("participation-group-member", String.valueOf(memberId), "updated", province,
				before, after));
		return after;
	}

	@Transactional
	GroupMember leave(ProvinceCode province, long memberId, int version) {
		GroupMember before = member(province, memberId);
		if (!before.current()) {
			throw new org.smartcityplanner.shared.InvalidInputException("participation.member.alreadyLeft");
		}
		int changed = jdbc.sql("""
				update par_group_member set left_on = ?, lock_version = lock_version + 1
				where id = ? and province_code = ? and lock_version = ? and left_on is null""")
			.params(today(), memberId, province.value(), version).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("member " + memberId + " changed");
		}
		GroupMember after = member(province, memberId);
		audit.record(new AuditChange("participation-group-member", String.valueOf(memberId), "left", province,
				before, Map.of("leftOn", after.leftOn().toString())));
		return after;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), BANGKOK);
	}
}
