package org.smartcityplanner.reference.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.internal.ReferenceUseCases;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The indicator library page: a plain GET form filters by dimension and text; with htmx the same address
 * answers with just the result rows.
 */
@Controller
class IndicatorController {

	private final ReferenceUseCases reference;

	IndicatorController(ReferenceUseCases reference) {
		this.reference = reference;
	}

	@GetMapping("/reference/indicators")
	String indicators(@RequestParam(required = false) String dimension, @RequestParam(required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			Model model, HttpServletResponse response) {
		List<ReferenceItem> dimensions = reference.items(ReferenceKind.SMART_DIMENSION);
		IndicatorFilter filter = new IndicatorFilter(dimension, q);
		if (!filter.dimensionIsOneOf(dimensions)) {
			// an edited address: show what the form can show, rather than an empty list under "all dimensions"
			filter = filter.withoutDimension();
		}
		List<Indicator> indicators = filter.apply(reference);
		model.addAttribute("dimensions", dimensions);
		model.addAttribute("filter", filter);
		model.addAttribute("count", indicators.size());
		model.addAttribute("groups", IndicatorGroup.of(dimensions, indicators));
		// browsers and proxies must not serve the partial for a full page load, or the other way round
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		// on a history miss htmx asks with HX-Request too, but needs the whole page
		boolean partial = "true".equals(htmx) && !"true".equals(historyRestore);
		return partial ? "reference/partials/indicator-rows" : "reference/indicators";
	}
}
