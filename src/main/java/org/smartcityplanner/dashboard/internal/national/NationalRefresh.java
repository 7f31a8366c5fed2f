package org.smartcityplanner.dashboard.internal.national;

import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fills and refreshes the national read model where no event tells it: at start-up every province it has not
 * seen (data from before the read model), and periodically every province, because an engagement's work period
 * ends without an event and target areas (added, renamed) publish none yet. 77 provinces times three API calls
 * every ten minutes, under the scheduler's database lock so one node does it. Opening and closing an engagement
 * restage at once ({@link NationalEngagementEvents}).
 */
@Component
class NationalRefresh {

	private static final Logger log = LoggerFactory.getLogger(NationalRefresh.class);

	private final ReferenceApi reference;
	private final NationalStore store;
	private final NationalSync sync;

	NationalRefresh(ReferenceApi reference, NationalStore store, NationalSync sync) {
		this.reference = reference;
		this.store = store;
		this.sync = sync;
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillMissingProvinces() {
		Set<ProvinceCode> known = store.known();
		int filled = refresh(code -> !known.contains(code));
		if (filled > 0) {
			log.info("Filled the national overview of {} provinces from their modules", filled);
		}
	}

	@Scheduled(fixedDelayString = "${scp.jobs.national-refresh.delay:PT10M}",
			initialDelayString = "${scp.jobs.national-refresh.delay:PT10M}")
	@SchedulerLock(name = "dashboard-national-refresh", lockAtMostFor = "PT9M")
	void refreshAll() {
		refresh(code -> true);
	}

	private int refresh(java.util.function.Predicate<ProvinceCode> wanted) {
		int done = 0;
		for (Province province : reference.provinces()) {
			if (!wanted.test(province.code())) {
				continue;
			}
			try {
				sync.refresh(province.code());
				done++;
			}
			catch (RuntimeException failure) {
				// one province's bad data must not stop the others; the next refresh tries it again
				log.warn("Could not refresh the national overview of {}", province.code(), failure);
			}
		}
		return done;
	}
}
