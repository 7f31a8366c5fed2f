package org.smartcityplanner.participation.web.group;

import java.util.List;

import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.WorkingGroupFigures;
import org.smartcityplanner.participation.web.LandingCard;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/** The working group's card on the landing page: members, orders, and a warning for a missing sector. */
@Component
class GroupCard implements LandingCard {

	private final WorkingGroupApi group;

	GroupCard(WorkingGroupApi group) {
		this.group = group;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Card card(ProvinceCode province) {
		WorkingGroupFigures figures = group.figures(province);
		return new Card("participation.group.title", "participation.group.card", "/p/" + province.value()
				+ "/participation/group", List.of(new Figure("participation.group.figure.members",
						figures.currentMembers()), new Figure("participation.group.figure.orders", figures.orders())),
				figures.missing().isEmpty() ? null : "participation.balance.missingCount",
				List.of(figures.missing().size()));
	}
}
