package org.smartcityplanner.dashboard.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once per province, ever: fills the figures of provinces the read model has not seen, so a plan from before the
 * read model shows right figures. After the first start every province has a row and this asks nothing.
 */
@Component
class FiguresBackfill {

	private static final Logger log = LoggerFactory.getLogger(FiguresBackfill.class);

	private final ReferenceApi reference;
	private final FiguresStore store;
	private final FiguresSeeder seeder;

	FiguresBackfill(ReferenceApi reference, FiguresStore store, FiguresSeeder seeder) {
		this.reference = reference;
		this.store = store;
		this.seeder = seeder;
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillMissingProvinces() {
		Set<ProvinceCode> known = store.known();
		int filled = 0;
		for (Province province : reference.provinces()) {
			if (known.contains(province.code())) {
				continue;
			}
			try {
				seeder.seed(province.code());
				filled++;
			}
			catch (RuntimeException failure) {
				// one province's bad data must not stop the start-up; its first event seeds it again
				log.warn("Could not fill the dashboard figures of {}", province.code(), failure);
			}
		}
		if (filled > 0) {
			log.info("Filled the dashboard figures of {} provinces from their modules", filled);
		}
	}
}
