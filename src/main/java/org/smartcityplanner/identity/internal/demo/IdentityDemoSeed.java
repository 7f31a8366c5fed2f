package org.smartcityplanner.identity.internal.demo;

import java.util.List;
import java.util.Set;

import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.demo.spi.DemoSignIn;
import org.smartcityplanner.identity.NewUser;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo accounts: one user of each role, four consultants for the engagement team. Consultants and admins are
 * not members of the province (they reach it through the engagement or their role).
 */
@Component
@Profile("!prod")
class IdentityDemoSeed implements DemoSeed {

	private final IdentityUseCases identity;

	IdentityDemoSeed(IdentityUseCases identity) {
		this.identity = identity;
	}

	@Override
	public int order() {
		return USERS;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		// the admin account marks a seeded demo, as it always did
		return !identity.displayNames(List.of("admin")).isEmpty();
	}

	@Override
	public void seed(ProvinceCode province) {
		for (DemoAccounts.DemoAccount account : java.util.stream.Stream
			.concat(DemoAccounts.ACCOUNTS.stream(), DemoAccounts.POOL.stream()).toList()) {
			identity.createUser(new NewUser(account.username(), account.displayName(),
					account.username() + "@demo.example", DemoAccounts.PASSWORD, Set.of(account.role()),
					account.provinceMember() ? Set.of(province) : Set.of(), true));
		}
	}

	@Override
	public List<DemoSignIn> signIns() {
		return DemoAccounts.ACCOUNTS.stream()
			.map(account -> new DemoSignIn(account.username(), account.role().name(), DemoAccounts.PASSWORD))
			.toList();
	}
}
