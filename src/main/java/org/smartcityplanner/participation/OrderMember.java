package org.smartcityplanner.participation;

/**
 * A member as an appointment order lists them (kept with the order, so an old order prints as it was signed).
 *
 * @param memberId     the member
 * @param fullName     name at the time
 * @param position     position at the time
 * @param organisation organisation at the time
 * @param sector       sector
 * @param role         role the order gave
 */
public record OrderMember(long memberId, String fullName, String position, String organisation, Sector sector,
		GroupRole role) {
}
