package org.smartcityplanner.identity;

import java.util.Set;

/**
 * The signed-in user as other modules see them.
 *
 * @param id account id
 * @param username sign-in name
 * @param displayName name shown in the page header
 * @param roles granted roles
 */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/** Whether the user may change a province's plan data (admins, consultants and coordinators). */
	public boolean canEditProvinceData() {
		return has(Role.ADMIN) || has(Role.CONSULTANT) || has(Role.COORDINATOR);
	}

	/**
	 * Whether the user works on the plan (admins, consultants, coordinators and the working group): they see the
	 * plan team's material, such as budget envelopes, optimiser runs, proposals and comments on plan items.
	 */
	public boolean isPlanTeam() {
		return canEditProvinceData() || has(Role.WORKING_GROUP);
	}
}
