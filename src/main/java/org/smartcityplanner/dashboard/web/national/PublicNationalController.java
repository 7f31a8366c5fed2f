package org.smartcityplanner.dashboard.web.national;

import java.util.Locale;

import org.smartcityplanner.dashboard.internal.national.NationalOverviews;
import org.smartcityplanner.reference.ReferenceApi;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public, read-only national overview (no account): stages, targets, tiles and table, without the register's
 * notes and references and with the dimensions of approved plans only. The tiles link nowhere: a province's public
 * portal exists only where its participation process is published.
 */
@Controller
class PublicNationalController {

	private final NationalOverviews overviews;
	private final ReferenceApi reference;
	private final NationalSheets sheets;

	PublicNationalController(NationalOverviews overviews, ReferenceApi reference, NationalSheets sheets) {
		this.overviews = overviews;
		this.reference = reference;
		this.sheets = sheets;
	}

	@GetMapping("/public/national")
	String overview(@RequestParam(defaultValue = "") String sort, Model model) {
		return NationalPages.overview(overviews, reference, true, sort, model);
	}

	@GetMapping("/public/national/export.csv")
	ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String sort, Locale locale) {
		return sheets.csv(overviews.overview(true, NationalOverviews.Order.of(sort)), NationalPages.locale(locale));
	}

	@GetMapping("/public/national/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "") String sort, Locale locale) {
		return sheets.xlsx(overviews.overview(true, NationalOverviews.Order.of(sort)), NationalPages.locale(locale));
	}
}
