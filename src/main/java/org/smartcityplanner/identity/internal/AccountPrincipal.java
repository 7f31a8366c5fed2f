package org.smartcityplanner.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;

import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal. Kept small because it is serialised into the JDBC session store; province
 * access is looked up per request, so a change of membership takes effect at once.
 */
record AccountPrincipal(long id, String username, String displayName, String passwordHash, boolean enabled,
		Set<Role> roles) implements UserDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	static AccountPrincipal of(UserAccount account) {
		return new AccountPrincipal(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getPasswordHash(), account.isEnabled(), account.roleSet());
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, displayName, roles);
	}

	/** The same principal without the password hash, which has no business living in a session. */
	AccountPrincipal withoutPassword() {
		return new AccountPrincipal(id, username, displayName, "", enabled, roles);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
