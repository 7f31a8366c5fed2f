package org.smartcityplanner.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	AccountUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(UserAccount.normalise(username))
			.map(AccountPrincipal::of)
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}
}
