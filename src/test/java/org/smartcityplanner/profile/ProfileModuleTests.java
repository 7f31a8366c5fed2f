package org.smartcityplanner.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.profile.AreaDetails.BoundaryChange;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profile module bootstrapped with only what it depends on (identity, reference, audit): target areas with
 * their boundaries are kept and listed through the module's use cases (writes) and {@link ProfileApi} (reads) without plan or any later module present.
 */
// "system" holds the cross-cutting JDBC naming and JSON set-up every module relies on at runtime
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "system")
@TestPropertySource(properties = "scp.demo.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Transactional
class ProfileModuleTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-47");

	static final String SQUARE = """
			{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":
			[[[100.26,16.80],[100.27,16.80],[100.27,16.81],[100.26,16.81],[100.26,16.80]]]}}""";

	@Autowired
	org.smartcityplanner.profile.internal.ProfileUseCases profile;
	@Autowired
	ApplicationContext context;

	@Test
	void anAreaWithABoundaryIsStoredWithItsComputedSizeAndListedWithItsBoundary() {
		TargetAreaView area = profile.createArea(PROVINCE, new AreaDetails(new LocalizedText("ย่านเมืองเก่า", "Old town"),
				AreaType.OLD_TOWN, CityType.LIVEABLE_CITY, 1200, new BigDecimal("3.5"), "เมืองน่าอยู่",
				List.of("LIV"), BoundaryChange.replaceWith(SQUARE)));

		assertThat(area.areaSqKm()).as("computed from the boundary, not the typed size").isEqualByComparingTo("1.180");
		assertThat(profile.areasOf(PROVINCE)).singleElement().satisfies(listed -> {
			assertThat(listed.id()).isEqualTo(area.id());
			assertThat(listed.hasBoundary()).isTrue();
		});
		assertThat(profile.boundariesOf(PROVINCE)).singleElement()
			.satisfies(boundary -> assertThat(boundary.geoJson()).startsWith("{\"type\":\"Polygon\""));
		assertThat(profile.areasOf(new ProvinceCode("TH-48"))).as("another province").isEmpty();
	}

	@Test
	void bootsWithoutTheModulesThatBuildOnTheProfile() {
		assertThat(context.getBeanNamesForType(org.smartcityplanner.plan.PlanApi.class)).isEmpty();
		assertThat(context.getBeanNamesForType(org.smartcityplanner.engagement.EngagementApi.class)).isEmpty();
	}
}
