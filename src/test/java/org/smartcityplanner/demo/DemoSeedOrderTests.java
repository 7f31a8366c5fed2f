package org.smartcityplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.demo.spi.DemoSignIn;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * How the demo module runs the modules' seeds, without a database: in order, each part once.
 */
class DemoSeedOrderTests {

	private final List<String> ran = new ArrayList<>();

	@Test
	void runsTheSeedsByTheirOrderNotByHowSpringListsThem() {
		new DemoDataSeeder(List.of(new FakeSeed("plan", 400, false), new FakeSeed("users", 100, false),
				new FakeSeed("profile", 300, false))).run(null);

		assertThat(ran).containsExactly("users", "profile", "plan");
	}

	@Test
	void skipsThePartsTheProvinceAlreadyHasAndSeedsOnlyTheMissingOnes() {
		new DemoDataSeeder(List.of(new FakeSeed("users", 100, true), new FakeSeed("training", 600, false))).run(null);

		assertThat(ran).containsExactly("training");
	}

	@Test
	void theBannerListsEverySeedsSignInsWithTheSharedPassword() {
		DemoDataSeeder seeder = new DemoDataSeeder(List.of(new FakeSeed("users", 100, true)));
		String text = new DemoBanner(new org.springframework.mock.env.MockEnvironment(), seeder).text("8080");

		assertThat(text).contains("http://localhost:8080/", "password for all: secret-1", "admin", "ADMIN");
	}

	private final class FakeSeed implements DemoSeed {

		private final String name;
		private final int order;
		private final boolean seeded;

		FakeSeed(String name, int order, boolean seeded) {
			this.name = name;
			this.order = order;
			this.seeded = seeded;
		}

		@Override
		public int order() {
			return order;
		}

		@Override
		public boolean isSeeded(ProvinceCode province) {
			assertThat(province).isEqualTo(DemoDataSeeder.PROVINCE);
			return seeded;
		}

		@Override
		public void seed(ProvinceCode province) {
			ran.add(name);
		}

		@Override
		public List<DemoSignIn> signIns() {
			return List.of(new DemoSignIn("admin", "ADMIN", "secret-1"));
		}
	}
}
