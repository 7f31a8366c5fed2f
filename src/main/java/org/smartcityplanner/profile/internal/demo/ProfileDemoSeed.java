package org.smartcityplanner.profile.internal.demo;

import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo province's profile: context, five development-plan strategies, SWOT of the province and of its two
 * target areas with boundaries, and indicator baselines (see {@link DemoProfile} and {@link DemoBaselines}).
 */
@Component
@Profile("!prod")
class ProfileDemoSeed implements DemoSeed {

	private final ProfileUseCases profile;

	ProfileDemoSeed(ProfileUseCases profile) {
		this.profile = profile;
	}

	@Override
	public int order() {
		return PROFILE;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		// any part written means the province has a profile of its own; seeding over it would mix the two
		return !profile.areasOf(province).isEmpty() || !profile.strategiesOf(province).isEmpty()
				|| profile.contextOf(province).version() != null;
	}

	@Override
	public void seed(ProvinceCode province) {
		DemoProfile.seed(profile, province);
	}
}
