package org.smartcityplanner.reference.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.internal.ReferenceUseCases;
import org.smartcityplanner.reference.ReferenceKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The indicator library for scripts. Its literal paths take precedence over the {@code /api/v1/reference/{kind}}
 * routes of {@link ReferenceApiController}.
 */
@RestController
@Tag(name = "Reference data")
class IndicatorApiController {

	private final ReferenceUseCases reference;

	IndicatorApiController(ReferenceUseCases reference) {
		this.reference = reference;
	}

	@GetMapping("/api/v1/reference/indicators")
	@Operation(summary = "The indicator library: example KPIs per smart dimension",
			description = "Without parameters the whole library. dimension: a smart-dimension code (ENV, ECO, MOB, "
					+ "ENE, PEO, LIV, GOV); an unknown code is a 400. q: text found in the code, Thai or English "
					+ "name, ignoring case (Thai matches any part of a word).")
	List<Indicator> indicators(@Parameter(example = "ENV") @RequestParam(required = false) String dimension,
			@Parameter(example = "PM2.5") @RequestParam(required = false) String q) {
		IndicatorFilter filter = new IndicatorFilter(dimension, q);
		if (!filter.dimensionIsOneOf(reference.items(ReferenceKind.SMART_DIMENSION))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return filter.apply(reference);
	}

	@GetMapping("/api/v1/reference/indicators/{code}")
	@Operation(summary = "One indicator by its code")
	Indicator indicator(@Parameter(example = "IND-ENV-01") @PathVariable String code) {
		return reference.indicator(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
