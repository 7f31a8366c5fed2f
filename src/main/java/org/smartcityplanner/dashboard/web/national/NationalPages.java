package org.smartcityplanner.dashboard.web.national;

import java.util.Locale;

import org.smartcityplanner.dashboard.internal.national.NationalOverview;
import org.smartcityplanner.dashboard.internal.national.NationalOverviews;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.springframework.ui.Model;

/** What the institute's and the public's overview pages share: the model of the one template both use. */
final class NationalPages {

	private NationalPages() {
	}

	static String overview(NationalOverviews overviews, ReferenceApi reference, boolean forPublic, String sort,
			Model model) {
		NationalOverviews.Order order = NationalOverviews.Order.of(sort);
		NationalOverview overview = overviews.overview(forPublic, order);
		model.addAttribute("overview", overview);
		model.addAttribute("order", order.name());
		model.addAttribute("dimensionNames", reference.items(ReferenceKind.SMART_DIMENSION));
		model.addAttribute("base", forPublic ? "/public/national" : "/admin/national");
		return "dashboard/national";
	}

	static Locale locale(Locale locale) {
		return locale == null ? Locale.forLanguageTag("th") : locale;
	}
}
