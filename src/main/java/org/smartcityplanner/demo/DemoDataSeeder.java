package org.smartcityplanner.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo province once: runs every module's {@link DemoSeed} in order, skipping the parts the province
 * already has, so a second start seeds nothing twice. The modules write their own data; this class only decides
 * when and in which order.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "scp.demo.enabled", havingValue = "true")
@Order(100)
class DemoDataSeeder implements ApplicationRunner {

	/** The fictional demo province (its data is invented, its code is Phitsanulok's). */
	static final ProvinceCode PROVINCE = new ProvinceCode("TH-65");

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final List<DemoSeed> seeds;

	DemoDataSeeder(List<DemoSeed> seeds) {
		this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<String> seeded = new ArrayList<>();
		for (DemoSeed seed : seeds) {
			if (!seed.isSeeded(PROVINCE)) {
				seed.seed(PROVINCE);
				seeded.add(seed.getClass().getSimpleName());
			}
		}
		if (!seeded.isEmpty()) {
			log.info("Demo data seeded for province {}: {}", PROVINCE, String.join(", ", seeded));
		}
	}

	/** The seeds in the order they run. */
	List<DemoSeed> seeds() {
		return seeds;
	}
}
