package org.smartcityplanner.identity;

import java.util.Set;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * An account to create.
 *
 * @param username sign-in name (stored in lower case)
 * @param displayName full name
 * @param email e-mail address or {@code null}
 * @param rawPassword the initial password, hashed before it is stored
 * @param roles granted roles, at least one
 * @param provinces explicit province memberships
 * @param demoPassword whether this is a published demo password (the prod profile refuses to start then)
 */
public record NewUser(String username, String displayName, String email, String rawPassword, Set<Role> roles,
		Set<ProvinceCode> provinces, boolean demoPassword) {
}
