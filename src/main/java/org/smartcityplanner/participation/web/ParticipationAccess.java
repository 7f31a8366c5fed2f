package org.smartcityplanner.participation.web;

/**
 * Who may do what in participation, as {@code @PreAuthorize} expressions; the province itself is checked by
 * identity's province-scope interceptor on every {@code {provinceCode}} route.
 */
public final class ParticipationAccess {

	/** The province team and the working group's members see the pages. */
	public static final String READERS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')";

	/** The province team (admins, consultants, coordinators) manages. */
	public static final String MANAGERS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')";

	private ParticipationAccess() {
	}
}
