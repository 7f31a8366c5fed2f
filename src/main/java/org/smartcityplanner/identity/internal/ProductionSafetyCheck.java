package org.smartcityplanner.identity.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.identity.NewUser;
import org.smartcityplanner.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production: creates the first admin from {@code SCP_ADMIN_USERNAME} / {@code SCP_ADMIN_PASSWORD} when
 * there is no admin yet, and refuses to start while any enabled account still has a published demo password.
 */
@Component
@Profile("prod")
@Order(10)
class ProductionSafetyCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProductionSafetyCheck.class);
	static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

	private final IdentityService identity;
	private final String adminUsername;
	private final String adminPassword;
	private final String adminName;

	ProductionSafetyCheck(IdentityService identity, @Value("${scp.admin.username:}") String adminUsername,
			@Value("${scp.admin.password:}") String adminPassword,
			@Value("${scp.admin.display-name:Administrator}") String adminName) {
		this.identity = identity;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
		this.adminName = adminName;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (identity.countEnabledWithDemoPassword() > 0) {
			throw new IllegalStateException("Refusing to start in the prod profile: "
					+ identity.countEnabledWithDemoPassword() + " enabled account(s) still use a demo password. "
					+ "Change or disable them first.");
		}
		if (identity.countAdmins() == 0) {
			createFirstAdmin();
		}
	}

	private void createFirstAdmin() {
		if (adminUsername.isBlank() || adminPassword.length() < MIN_ADMIN_PASSWORD_LENGTH) {
			throw new IllegalStateException("No admin account exists. Set SCP_ADMIN_USERNAME and SCP_ADMIN_PASSWORD "
					+ "(at least " + MIN_ADMIN_PASSWORD_LENGTH + " characters) to create the first admin.");
		}
		identity.createUser(new NewUser(adminUsername, adminName, null, adminPassword, Set.of(Role.ADMIN), Set.of(),
				false));
		log.info("Created the first admin account '{}'", adminUsername);
	}
}
