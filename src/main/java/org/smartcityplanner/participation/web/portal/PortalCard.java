package org.smartcityplanner.participation.web.portal;

import java.util.List;

import org.smartcityplanner.participation.internal.portal.ResultsPublications;
import org.smartcityplanner.participation.web.LandingCard;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/** The public page's card on the landing page, last: where the public page is and which results it shows. */
@Component
class PortalCard implements LandingCard {

	private final ResultsPublications publications;

	PortalCard(ResultsPublications publications) {
		this.publications = publications;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public Card card(ProvinceCode province) {
		return new Card("participation.portal.title", "participation.portal.card",
				"/p/" + province.value() + "/participation/portal",
				List.of(new Figure("participation.portal.publicResults", publications.publicOf(province).size())), null,
				List.of());
	}
}
