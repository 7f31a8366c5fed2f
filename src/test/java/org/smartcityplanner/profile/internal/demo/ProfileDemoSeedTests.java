package org.smartcityplanner.profile.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profile's part of the demo province, seeded by the profile module itself.
 */
// Each test runs in a transaction that is rolled back, so the shared PostgreSQL schema stays as it was.
@DatabaseTest
@Transactional
class ProfileDemoSeedTests {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-65");

	@Autowired
	ProfileDemoSeed seed;
	@Autowired
	ProfileUseCases profile;

	@Test
	void seedsContextStrategiesSwotAndSourcedBaselinesForTheProvinceAndItsAreas() {
		seed.seed(PROVINCE);

		assertThat(seed.isSeeded(PROVINCE)).isTrue();
		assertThat(profile.areasOf(PROVINCE)).hasSize(2);
		assertThat(profile.strategiesOf(PROVINCE)).hasSize(5);
		assertThat(profile.contextOf(PROVINCE).parts().digitalReadiness()).isNotBlank();
		assertThat(profile.swotOf(PROVINCE, null).lists().threats()).isNotEmpty();
		assertThat(profile.provinceOutline(PROVINCE)).isPresent();
		assertThat(profile.baselinesOf(PROVINCE)).hasSizeGreaterThanOrEqualTo(15)
			.anySatisfy(b -> assertThat(b.areaId()).isNotNull())
			.allSatisfy(b -> assertThat(b.source()).isNotBlank());
	}

	@Test
	void theDemoAreasHaveBoundariesOfPlausibleSizeAroundPhitsanulok() {
		seed.seed(PROVINCE);
		var areas = profile.areasOf(PROVINCE);
		assertThat(areas).allSatisfy(area -> {
			assertThat(area.hasBoundary()).isTrue();
			assertThat(area.leadDimensions()).hasSizeBetween(1, 3);
			assertThat(area.positioning()).isNotBlank();
			assertThat(profile.swotOf(PROVINCE, area.id()).lists().isEmpty()).isFalse();
		});
		assertThat(areas).filteredOn(area -> area.type() == AreaType.OLD_TOWN)
			.singleElement().satisfies(area -> assertThat(area.areaSqKm().doubleValue()).isBetween(6.5, 7.5));
		assertThat(areas).filteredOn(area -> area.type() == AreaType.LOGISTICS)
			.singleElement().satisfies(area -> assertThat(area.areaSqKm().doubleValue()).isBetween(23.0, 27.0));
	}
}
