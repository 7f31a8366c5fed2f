package org.smartcityplanner.identity;

import java.util.Set;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * An account as listed to admins and other modules; never carries the password.
 *
 * @param id account id
 * @param username sign-in name
 * @param displayName full name
 * @param email e-mail address, may be {@code null}
 * @param enabled whether the account can sign in
 * @param roles granted roles
 * @param provinces explicit province memberships
 * @param version optimistic-locking version
 */
public record UserSummary(long id, String username, String displayName, String email, boolean enabled,
		Set<Role> roles, Set<ProvinceCode> provinces, int version) {
}
