package org.smartcityplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.engagement.EngagementApi;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

// Each test runs in a transaction that is rolled back, so the shared PostgreSQL schema stays as it was.
@DatabaseTest
@Transactional
class DemoDataSeederTests {

	@Autowired
	IdentityApi identity;
	@Autowired
	EngagementApi engagements;
	@Autowired
	ProfileApi profile;
	@Autowired
	JdbcClient jdbc;

	@Test
	void seedsOneProvinceOnceWithOneUserOfEachRole() {
		DemoDataSeeder seeder = new DemoDataSeeder(identity, engagements, profile, jdbc);
		seeder.run(null);
		long users = count("idn_user");
		seeder.run(null);

		assertThat(count("idn_user")).isEqualTo(users);
		assertThat(engagements.engagementsOf(DemoData.PROVINCE)).singleElement().satisfies(engagement -> {
			assertThat(engagement.durationDays()).isEqualTo(EngagementApi.STANDARD_DAYS);
			assertThat(engagement.team()).hasSizeBetween(4, 6);
			assertThat(engagement.team().get(0).lead()).isTrue();
		});
		assertThat(profile.areasOf(DemoData.PROVINCE)).hasSize(2);
		assertThat(profile.strategiesOf(DemoData.PROVINCE)).hasSize(5);
		assertThat(profile.contextOf(DemoData.PROVINCE).parts().digitalReadiness()).isNotBlank();
		assertThat(profile.swotOf(DemoData.PROVINCE, null).lists().threats()).isNotEmpty();
		assertThat(profile.baselinesOf(DemoData.PROVINCE)).hasSizeGreaterThanOrEqualTo(15)
			.anySatisfy(b -> assertThat(b.areaId()).isNotNull())
			.allSatisfy(b -> assertThat(b.source()).isNotBlank());
		for (Role role : Role.values()) {
			assertThat(identity.usersWithRole(role)).as(role.name()).isNotEmpty();
		}
	}

	@Test
	void theDemoAreasHaveBoundariesOfPlausibleSizeAroundPhitsanulok() {
		new DemoDataSeeder(identity, engagements, profile, jdbc).run(null);
		var areas = profile.areasOf(DemoData.PROVINCE);
		assertThat(areas).allSatisfy(area -> {
			assertThat(area.hasBoundary()).isTrue();
			assertThat(area.leadDimensions()).hasSizeBetween(1, 3);
			assertThat(area.positioning()).isNotBlank();
			assertThat(profile.swotOf(DemoData.PROVINCE, area.id()).lists().isEmpty()).isFalse();
		});
		assertThat(areas).filteredOn(area -> area.type() == org.smartcityplanner.profile.AreaType.OLD_TOWN)
			.singleElement().satisfies(area -> assertThat(area.areaSqKm().doubleValue()).isBetween(6.5, 7.5));
		assertThat(areas).filteredOn(area -> area.type() == org.smartcityplanner.profile.AreaType.LOGISTICS)
			.singleElement().satisfies(area -> assertThat(area.areaSqKm().doubleValue()).isBetween(23.0, 27.0));
	}

	@Test
	void consultantsReachTheProvinceThroughTheirEngagementOnly() {
		new DemoDataSeeder(identity, engagements, profile, jdbc).run(null);
		UserSummary consultant = identity.usersWithRole(Role.CONSULTANT).stream()
			.filter(user -> user.username().equals("consultant")).findFirst().orElseThrow();
		assertThat(consultant.provinces()).isEmpty();
		CurrentUser asCurrent = new CurrentUser(consultant.id(), consultant.username(), consultant.displayName(),
				consultant.roles());
		assertThat(identity.accessibleProvinces(asCurrent)).containsExactly(DemoData.PROVINCE);
		assertThat(Arrays.stream(new String[] { "admin", "coordinator", "member", "trainee" }))
			.allSatisfy(name -> assertThat(count("idn_user where username = '" + name + "'")).isEqualTo(1));
	}

	private long count(String tableAndCondition) {
		return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
	}
}
