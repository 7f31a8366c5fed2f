package org.smartcityplanner.participation;

import java.util.List;

import org.smartcityplanner.participation.domain.group.OrderDiff;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A province's working group: its members from the six sectors with their roles, its settings (letterhead,
 * duties, target mix), its appointment orders with their revisions, and its figures. Every id is looked up in the
 * province given; another province's id fails with {@link org.smartcityplanner.shared.NotInProvinceException}.
 * Changes are audited; a change over someone else's newer one fails with
 * {@link org.springframework.dao.OptimisticLockingFailureException}.
 */
public interface WorkingGroupApi {

	/** The settings, or the defaults for the province when none were saved. */
	GroupSettings settings(ProvinceCode province);

	/** @throws GroupInputException naming each wrong field */
	GroupSettings saveSettings(ProvinceCode province, SettingsDraft draft, int version);

	/** Current members, by role then sector then name. */
	List<GroupMember> currentMembers(ProvinceCode province);

	/** Members who left, the latest first. */
	List<GroupMember> formerMembers(ProvinceCode province);

	/** One member, current or former. */
	GroupMember member(ProvinceCode province, long memberId);

	/** @throws GroupInputException naming each wrong field */
	GroupMember addMember(ProvinceCode province, MemberDraft draft);

	/** @throws GroupInputException naming each wrong field */
	GroupMember updateMember(ProvinceCode province, long memberId, MemberDraft draft, int version);

	/** The member leaves the group today (kept in the history). */
	GroupMember memberLeaves(ProvinceCode province, long memberId, int version);

	/** Orders, the latest revision first. */
	List<AppointmentOrder> orders(ProvinceCode province);

	AppointmentOrder order(ProvinceCode province, long orderId);

	/**
	 * Issues the next order (the first, or a revision replacing the one before) appointing the current members.
	 *
	 * @throws GroupInputException when a field is wrong or the group has no single chair, no secretary or too few
	 *         members
	 */
	AppointmentOrder issueOrder(ProvinceCode province, OrderDraft draft);

	/** Who joined, left or changed role with this order, compared with the one before it. */
	OrderDiff.Result changesOf(ProvinceCode province, long orderId);

	/** The group's counts and sector balance. */
	WorkingGroupFigures figures(ProvinceCode province);
}
