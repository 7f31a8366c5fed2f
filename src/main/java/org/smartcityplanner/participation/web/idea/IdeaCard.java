package org.smartcityplanner.participation.web.idea;

import java.util.List;

import org.smartcityplanner.participation.IdeaCounts;
import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.web.LandingCard;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * The ideas' card on the landing page: the public's ideas and what became of them, from the module's statistics
 * service (the portal shows the same figures), with the ideas moderators hid as a figure of its own.
 */
@Component
class IdeaCard implements LandingCard {

	private final ParticipationApi statistics;

	IdeaCard(ParticipationApi statistics) {
		this.statistics = statistics;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public Card card(ProvinceCode province) {
		IdeaCounts counts = statistics.ideaCounts(province);
		IdeaCounts.Tally all = counts.all();
		return new Card("participation.tool.ideas", "participation.ideas.card",
				"/p/" + province.value() + "/participation/ideas",
				List.of(new Figure("participation.ideas.card.public", all.total()),
						new Figure("participation.ideas.card.pending", all.underConsideration()),
						new Figure("participation.ideas.card.accepted", all.accepted()),
						new Figure("participation.ideas.card.declined", all.declined()),
						new Figure("participation.ideas.card.supports", all.supports()),
						new Figure("participation.ideas.card.hidden", counts.hidden())),
				null, List.of());
	}
}
