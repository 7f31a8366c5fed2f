package org.smartcityplanner.identity;

/**
 * What a user may do. The public (no account) is not a role.
 */
public enum Role {

	/** Institute admin: every province, user administration, audit log. */
	ADMIN,
	/** Consultant of the institute's pool: the provinces of their engagements. */
	CONSULTANT,
	/** Province coordinator: works on their province's plan with the consultants. */
	COORDINATOR,
	/** Working-group member: reads and comments. */
	WORKING_GROUP,
	/** Trainee of a capacity-building cohort. */
	TRAINEE;

	/** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
