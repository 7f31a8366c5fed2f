package org.smartcityplanner.participation.web.idea;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.participation.web.LandingCard;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/** The public's ideas on the landing page: how many await a decision, and how many were answered each way. */
@Component
class IdeasCard implements LandingCard {

	private final IdeaApi ideas;

	IdeasCard(IdeaApi ideas) {
		this.ideas = ideas;
	}

	@Override
	public int order() {
		return 85;
	}

	@Override
	public Card card(ProvinceCode province) {
		Map<IdeaStatus, Long> counts = ideas.countsByStatus(province);
		return new Card("participation.idea.staff.title", "participation.idea.staff.card",
				"/p/" + province.value() + "/participation/ideas",
				List.of(new Figure("participation.idea.staff.cardAwaiting", counts.getOrDefault(IdeaStatus.PUBLISHED, 0L)),
						new Figure("participation.idea.staff.cardAccepted", counts.getOrDefault(IdeaStatus.ACCEPTED, 0L)),
						new Figure("participation.idea.staff.cardDeclined", counts.getOrDefault(IdeaStatus.DECLINED, 0L))),
				null, List.of());
	}
}
