package org.smartcityplanner.participation.web.stakeholder;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.StakeholderApi;
import org.smartcityplanner.participation.web.LandingCard;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/** The stakeholder registry's card: how many are registered and how many were erased. */
@Component
class StakeholderCard implements LandingCard {

	private final StakeholderApi registry;

	StakeholderCard(StakeholderApi registry) {
		this.registry = registry;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Card card(ProvinceCode province) {
		Map<String, Integer> figures = registry.figures(province);
		return new Card("participation.stakeholder.title", "participation.stakeholder.card",
				"/p/" + province.value() + "/participation/stakeholders",
				List.of(new Figure("participation.stakeholder.figure.registered",
						figures.get("registered") - figures.get("erased")),
						new Figure("participation.stakeholder.figure.erased", figures.get("erased"))),
				null, null);
	}
}
