package org.smartcityplanner.participation.internal.group;

import java.util.List;

import org.smartcityplanner.participation.AppointmentOrder;
import org.smartcityplanner.participation.GroupMember;
import org.smartcityplanner.participation.GroupSettings;
import org.smartcityplanner.participation.MemberDraft;
import org.smartcityplanner.participation.OrderDraft;
import org.smartcityplanner.participation.SettingsDraft;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.WorkingGroupFigures;
import org.smartcityplanner.participation.domain.group.OrderDiff;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;

/** The working group's facade: members, settings, orders and figures, each kept by its own class. */
@Service
class WorkingGroupService implements WorkingGroupApi {

	private final GroupSettingsStore settings;
	private final GroupMembers members;
	private final GroupOrders orders;
	private final GroupFigures figures;

	WorkingGroupService(GroupSettingsStore settings, GroupMembers members, GroupOrders orders, GroupFigures figures) {
		this.settings = settings;
		this.members = members;
		this.orders = orders;
		this.figures = figures;
	}

	@Override
	public GroupSettings settings(ProvinceCode province) {
		return settings.settings(province);
	}

	@Override
	public GroupSettings saveSettings(ProvinceCode province, SettingsDraft draft, int version) {
		return settings.save(province, draft, version);
	}

	@Override
	public List<GroupMember> currentMembers(ProvinceCode province) {
		return members.current(province);
	}

	@Override
	public List<GroupMember> formerMembers(ProvinceCode province) {
		return members.former(province);
	}

	@Override
	public GroupMember member(ProvinceCode province, long memberId) {
		return members.member(province, memberId);
	}

	@Override
	public GroupMember addMember(ProvinceCode province, MemberDraft draft) {
		return members.add(province, draft);
	}

	@Override
	public GroupMember updateMember(ProvinceCode province, long memberId, MemberDraft draft, int version) {
		return members.update(province, memberId, draft, version);
	}

	@Override
	public GroupMember memberLeaves(ProvinceCode province, long memberId, int version) {
		return members.leave(province, memberId, version);
	}

	@Override
	public List<AppointmentOrder> orders(ProvinceCode province) {
		return orders.orders(province);
	}

	@Override
	public AppointmentOrder order(ProvinceCode province, long orderId) {
		return orders.order(province, orderId);
	}

	@Override
	public AppointmentOrder issueOrder(ProvinceCode province, OrderDraft draft) {
		return orders.issue(province, draft);
	}

	@Override
	public OrderDiff.Result changesOf(ProvinceCode province, long orderId) {
		return orders.changesOf(province, orderId);
	}

	@Override
	public WorkingGroupFigures figures(ProvinceCode province) {
		return figures.of(province);
	}
}
