package org.smartcityplanner.engagement.internal.demo;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.engagement.internal.EngagementUseCases;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo province's engagement: the standard 180 days from 1 October 2026, led by the demo consultant with the
 * three other demo consultants on the team (the identity seed created them).
 */
@Component
@Profile("!prod")
class EngagementDemoSeed implements DemoSeed {

	static final String NAME = "จัดทำแผนแม่บทเมืองอัจฉริยะจังหวัดพิษณุโลก พ.ศ. 2570–2574";
	private static final List<String> TEAM = List.of("consultant", "consultant2", "consultant3", "consultant4");

	private final EngagementUseCases engagements;
	private final IdentityApi identity;

	EngagementDemoSeed(EngagementUseCases engagements, IdentityApi identity) {
		this.engagements = engagements;
		this.identity = identity;
	}

	@Override
	public int order() {
		return ENGAGEMENT;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		return !engagements.engagementsOf(province).isEmpty();
	}

	@Override
	public void seed(ProvinceCode province) {
		Map<String, Long> consultants = identity.usersWithRole(Role.CONSULTANT).stream()
			.collect(Collectors.toMap(UserSummary::username, UserSummary::id, (first, second) -> first));
		if (!consultants.keySet().containsAll(TEAM)) {
			return; // the demo consultants were renamed or removed: no team to start an engagement with
		}
		Set<Long> team = TEAM.stream().map(consultants::get).collect(Collectors.toCollection(LinkedHashSet::new));
		engagements.start(province, NAME, LocalDate.of(2026, 10, 1), consultants.get(TEAM.get(0)), team);
	}
}
