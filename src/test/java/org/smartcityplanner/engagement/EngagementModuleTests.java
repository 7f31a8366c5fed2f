package org.smartcityplanner.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.NewUser;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement module bootstrapped with only identity, reference and audit: a consultant on an engagement's
 * team reaches its province through identity's {@code ProvinceAccessContributor} SPI, without being a member.
 */
// "system" holds the cross-cutting JDBC naming and JSON set-up every module relies on at runtime
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "system")
@TestPropertySource(properties = "scp.demo.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Transactional
class EngagementModuleTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-46");

	@Autowired
	org.smartcityplanner.engagement.internal.EngagementUseCases engagements;
	@Autowired
	IdentityUseCases identity;

	@Test
	void aConsultantOnAnEngagementReachesItsProvinceThroughTheAccessContributor() {
		CurrentUser lead = consultant("module.lead");
		CurrentUser member = consultant("module.member");
		CurrentUser outsider = consultant("module.outsider");
		assertThat(identity.canAccess(member, PROVINCE)).as("before the engagement").isFalse();

		EngagementView engagement = engagements.start(PROVINCE, "แผนแม่บทเมืองอัจฉริยะ ทดสอบโมดูล",
				LocalDate.of(2026, 12, 1), lead.id(), Set.of(lead.id(), member.id()));

		assertThat(engagement.endDate()).isEqualTo(LocalDate.of(2026, 12, 1).plusDays(EngagementApi.STANDARD_DAYS - 1));
		assertThat(engagements.engagementsOf(PROVINCE)).extracting(EngagementView::id).containsExactly(engagement.id());
		assertThat(identity.accessibleProvinces(member)).containsExactly(PROVINCE);
		assertThat(identity.canAccess(lead, PROVINCE)).isTrue();
		assertThat(identity.canAccess(outsider, PROVINCE)).as("not on the team").isFalse();
	}

	private CurrentUser consultant(String username) {
		UserSummary user = identity.createUser(new NewUser(username, "ที่ปรึกษา " + username, null,
				"module-test-password-1", Set.of(Role.CONSULTANT), Set.of(), false));
		return new CurrentUser(user.id(), user.username(), user.displayName(), user.roles());
	}
}
