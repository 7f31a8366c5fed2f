package org.smartcityplanner.participation.internal.group;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.AppointmentOrder;
import org.smartcityplanner.participation.GroupInputException;
import org.smartcityplanner.participation.GroupMember;
import org.smartcityplanner.participation.GroupSettings;
import org.smartcityplanner.participation.OrderDraft;
import org.smartcityplanner.participation.domain.group.OrderDiff;
import org.smartcityplanner.participation.domain.group.OrderRules;
import org.smartcityplanner.participation.domain.group.Problem;
import org.smartcityplanner.participation.domain.group.TextRules;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointment orders: each one records the group's settings and its current members as signed, so an old order
 * prints the same years later. Revisions are numbered per province; the unique keys keep two people issuing at
 * once from creating the same revision or reusing an order number.
 */
@Component
class GroupOrders {

	private final JdbcClient jdbc;
	private final GroupMembers members;
	private final GroupSettingsStore settings;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final Clock clock;

	GroupOrders(JdbcClient jdbc, GroupMembers members, GroupSettingsStore settings, AuditLog audit,
			IdentityApi identity, Clock clock) {
		this.jdbc = jdbc;
		this.members = members;
		this.settings = settings;
		this.audit = audit;
		this.identity = identity;
		this.clock = clock;
	}

	List<AppointmentOrder> orders(ProvinceCode province) {
		return jdbc.sql("select id from par_appointment_order where province_code = ? order by revision_no desc")
			.param(province.value()).query(Long.class).list().stream().map(id -> order(province, id)).toList();
	}

	AppointmentOrder order(ProvinceCode province, long orderId) {
		Optional<AppointmentOrder> found = jdbc.sql("select * from par_appointment_order where id = ? and province_code = ?")
			.params(orderId, province.value())
			.query((rs, n) -> new AppointmentOrder(rs.getLong("id"), province, rs.getInt("revision_no"),
					rs.getString("order_number"), GroupRows.date(rs, "signed_on"), rs.getString("signed_by"),
					rs.getString("signer_position"), rs.getString("group_name"), rs.getString("issuer"),
					rs.getString("duties"), GroupRows.instant(rs, "issued_at"), rs.getString("issued_by"),
					jdbc.sql("select * from par_order_member where order_id = ? order by list_position")
						.param(rs.getLong("id")).query(GroupRows::orderMember).list()))
			.optional();
		return InProvince.require(found, "orderId", orderId);
	}

	@Transactional
	AppointmentOrder issue(ProvinceCode province, OrderDraft draft) {
		List<GroupMember> current = members.current(province);
		LocalDate signedOn = date(draft.signedOn());
		List<Problem> problems = OrderRules.problemsOf(draft.number(), signedOn, draft.signedBy(),
				draft.signerPosition(), settings.settings(province).duties(), members.today(),
				current.stream().map(GroupMember::role).toList());
		GroupInputException.refuse(problems);
		GroupSettings group = settings.settings(province);
		int revision = jdbc.sql("select coalesce(max(revision_no), 0) + 1 from par_appointment_order where province_code = ?")
			.param(province.value()).query(Integer.class).single();
		String number = OrderRules.normaliseNumber(draft.number());
		var keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into par_appointment_order (province_code, revision_no, order_number, signed_on, signed_by,
					  signer_position, group_name, issuer, duties, issued_at, issued_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(province.value(), revision, number, signedOn, TextRules.clean(draft.signedBy()),
						TextRules.clean(draft.signerPosition()), group.groupName(), group.issuer(), group.duties(),
						Utc.of(clock.instant()), identity.actorName())
				.update(keys, "id");
		}
		catch (DuplicateKeyException e) {
			throw new GroupInputException(List.of(Problem.of("number", "participation.field.number.taken", number)));
		}
		long orderId = keys.getKeyAs(Number.class).longValue();
		int position = 0;
		for (GroupMember member : current) {
			jdbc.sql("""
					insert into par_order_member (order_id, member_id, list_position, full_name, position_title,
					  organisation, sector, group_role) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(orderId, member.id(), ++position, member.fullName(), member.position(), member.organisation(),
						member.sector().name(), member.role().name())
				.update();
		}
		AppointmentOrder order = order(province, orderId);
		audit.record(new AuditChange("participation-appointment-order", String.valueOf(orderId), "issued", province,
				null, Map.of("revision", revision, "number", number, "members", current.size())));
		return order;
	}

	OrderDiff.Result changesOf(ProvinceCode province, long orderId) {
		AppointmentOrder order = order(province, orderId);
		List<OrderDiff.Entry> previous = jdbc.sql("""
				select id from par_appointment_order where province_code = ? and revision_no = ?""")
			.params(province.value(), order.revision() - 1).query(Long.class).optional()
			.map(id -> entries(order(province, id))).orElse(List.of());
		return OrderDiff.between(previous, entries(order));
	}

	private static List<OrderDiff.Entry> entries(AppointmentOrder order) {
		return order.members().stream().map(m -> new OrderDiff.Entry(m.memberId(), m.fullName(), m.role())).toList();
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
