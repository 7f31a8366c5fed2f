package org.smartcityplanner.reference.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * National reference data for scripts: the same for every province, readable by every signed-in user.
 */
@RestController
@Tag(name = "Reference data", description = "Provinces, smart dimensions, national plans, SDGs, criteria, budget lists")
class ReferenceApiController {

	private final ReferenceApi reference;

	ReferenceApiController(ReferenceApi reference) {
		this.reference = reference;
	}

	@GetMapping("/api/v1/reference/provinces")
	@Operation(summary = "All 77 provinces with ISO 3166-2:TH code, names and region")
	List<Province> provinces() {
		return reference.provinces();
	}

	@GetMapping("/api/v1/reference/provinces/{code}")
	@Operation(summary = "One province by ISO 3166-2:TH code")
	Province province(@Parameter(example = "TH-65") @PathVariable String code) {
		if (!ProvinceCode.isValid(code)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return reference.province(ProvinceCode.of(code))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/api/v1/reference/{kind}")
	@Operation(summary = "One reference list", description = "kind: smart-dimensions, national-strategies, "
			+ "national-master-plans, nesdp-milestones, sdgs, committee-criteria, budget-sources, budget-categories")
	List<ReferenceItem> items(@Parameter(example = "smart-dimensions") @PathVariable String kind) {
		return reference.items(kindOf(kind));
	}

	@GetMapping("/api/v1/reference/{kind}/{code}")
	@Operation(summary = "One entry of a reference list")
	ReferenceItem item(@PathVariable String kind, @Parameter(example = "ENV") @PathVariable String code) {
		return reference.item(kindOf(kind), code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ReferenceKind kindOf(String slug) {
		return ReferenceKind.fromSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
