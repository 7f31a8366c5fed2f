package org.smartcityplanner.profile.web;

import java.util.List;

import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.profile.ProvinceProfileView;
import org.smartcityplanner.profile.ProvincialStrategy;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The province profile page holds three forms (context, one strategy, pasted strategies). Whichever of them
 * was posted comes back with its errors; the others are filled fresh.
 */
@Component
class ProfilePage {

	static final String VIEW = "profile/profile";
	/** The plan period suggested when a province has no strategy yet: the current provincial plan. */
	static final String DEFAULT_PLAN_YEARS = "2566–2570";

	private final ProfileUseCases profile;

	ProfilePage(ProfileUseCases profile) {
		this.profile = profile;
	}

	String render(ProvinceCode province, Model model) {
		ProvinceProfileView view = profile.profileOf(province);
		model.addAttribute("profileView", view);
		String planYears = latestPlanYears(view.strategies());
		if (!model.containsAttribute("contextForm")) {
			model.addAttribute("contextForm", ContextForm.of(view.context()));
		}
		if (!model.containsAttribute("strategyForm")) {
			model.addAttribute("strategyForm", StrategyForm.withPlanYears(planYears));
		}
		if (!model.containsAttribute("importForm")) {
			model.addAttribute("importForm", StrategyImportForm.withPlanYears(planYears));
		}
		return VIEW;
	}

	private static String latestPlanYears(List<ProvincialStrategy> strategies) {
		return strategies.isEmpty() ? DEFAULT_PLAN_YEARS : strategies.get(strategies.size() - 1).planYears();
	}
}
