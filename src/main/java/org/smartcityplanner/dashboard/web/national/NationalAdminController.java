package org.smartcityplanner.dashboard.web.national;

import java.util.Locale;

import org.smartcityplanner.dashboard.internal.national.NationalOverviews;
import org.smartcityplanner.reference.ReferenceApi;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The institute's national overview (tiles link to each province's page) and its exports. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class NationalAdminController {

	private final NationalOverviews overviews;
	private final ReferenceApi reference;
	private final NationalSheets sheets;

	NationalAdminController(NationalOverviews overviews, ReferenceApi reference, NationalSheets sheets) {
		this.overviews = overviews;
		this.reference = reference;
		this.sheets = sheets;
	}

	@GetMapping("/admin/national")
	String overview(@RequestParam(defaultValue = "") String sort, Model model) {
		return NationalPages.overview(overviews, reference, false, sort, model);
	}

	@GetMapping("/admin/national/export.csv")
	ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String sort, Locale locale) {
		return sheets.csv(overviews.overview(false, NationalOverviews.Order.of(sort)), NationalPages.locale(locale));
	}

	@GetMapping("/admin/national/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "") String sort, Locale locale) {
		return sheets.xlsx(overviews.overview(false, NationalOverviews.Order.of(sort)), NationalPages.locale(locale));
	}
}
