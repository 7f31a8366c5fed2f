package org.smartcityplanner.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

@DatabaseTest
class UserAccountRepositoryTests {

	@Autowired
	UserAccountRepository accounts;

	@Test
	void savesAnAccountWithRolesAndProvinces() {
		UserAccount account = UserAccount.create("Repo.User", "ผู้ใช้ ทดสอบ", "", "{noop}x", false);
		account.grant(Set.of(Role.COORDINATOR, Role.WORKING_GROUP), Set.of(new ProvinceCode("TH-65")));
		long id = accounts.save(account).getId();

		UserAccount loaded = accounts.findByUsername("repo.user").orElseThrow();
		assertThat(loaded.getId()).isEqualTo(id);
		assertThat(loaded.roleSet()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.WORKING_GROUP);
		assertThat(loaded.provinceSet()).containsExactly(new ProvinceCode("TH-65"));
		assertThat(loaded.summary().email()).isNull();
		assertThat(accounts.findEnabledWithRole("COORDINATOR")).extracting(UserAccount::getUsername)
			.contains("repo.user");
	}

	@Test
	void aSecondSaveFromAStaleCopyFails() {
		UserAccount account = UserAccount.create("stale.copy", "Stale Copy", null, "{noop}x", false);
		account.grant(Set.of(Role.TRAINEE), Set.of());
		long id = accounts.save(account).getId();

		UserAccount first = accounts.findById(id).orElseThrow();
		UserAccount second = accounts.findById(id).orElseThrow();
		first.updateProfile("First Editor", null);
		accounts.save(first);
		second.updateProfile("Second Editor", null);

		assertThatThrownBy(() -> accounts.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(accounts.findById(id).orElseThrow().getDisplayName()).isEqualTo("First Editor");
	}

	@Test
	void countsEnabledAccountsThatStillUseADemoPassword() {
		long before = accounts.countEnabledWithDemoPassword();
		UserAccount demo = UserAccount.create("demo.count", "Demo", null, "{noop}x", true);
		demo.grant(Set.of(Role.TRAINEE), Set.of());
		accounts.save(demo);
		assertThat(accounts.countEnabledWithDemoPassword()).isEqualTo(before + 1);
		demo.changePassword("{noop}y");
		accounts.save(demo);
		assertThat(accounts.countEnabledWithDemoPassword()).isEqualTo(before);
	}
}
