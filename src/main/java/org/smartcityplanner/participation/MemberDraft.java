package org.smartcityplanner.participation;

/**
 * A member as typed, before it is checked: every field may be missing or wrong.
 *
 * @param fullName     name
 * @param position     position
 * @param organisation organisation
 * @param sector       a {@link Sector} code (or a common label)
 * @param role         a {@link GroupRole} code
 */
public record MemberDraft(String fullName, String position, String organisation, String sector, String role) {
}
