package org.smartcityplanner.reference.web;

import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pages to browse national reference data.
 */
@Controller
class ReferenceController {

	private final ReferenceApi reference;

	ReferenceController(ReferenceApi reference) {
		this.reference = reference;
	}

	@GetMapping("/reference")
	String index(Model model) {
		model.addAttribute("kinds", ReferenceKind.values());
		return "reference/index";
	}

	@GetMapping("/reference/provinces")
	String provinces(Model model) {
		model.addAttribute("provinces", reference.provinces());
		return "reference/provinces";
	}

	@GetMapping("/reference/{kind}")
	String items(@PathVariable String kind, Model model) {
		ReferenceKind referenceKind = ReferenceKind.fromSlug(kind)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("kind", referenceKind);
		model.addAttribute("items", reference.items(referenceKind));
		return "reference/items";
	}
}
