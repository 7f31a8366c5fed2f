package org.smartcityplanner.monitoring.web.publicpage;

import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcityplanner.monitoring.internal.renewal.PublicProgress;
import org.smartcityplanner.monitoring.internal.renewal.PublicProgressService;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A province's public progress page for anyone without an account: the approved plan's KPIs with
 * targets and approved values, the projects with status and percentage, charts with a table alternative. The path
 * names the province {@code code}, not {@code provinceCode}: the page is public, not scoped to a member's provinces.
 */
@Controller
class PublicProgressController {

	private final PublicProgressService progress;
	private final ReferenceApi reference;

	PublicProgressController(PublicProgressService progress, ReferenceApi reference) {
		this.progress = progress;
		this.reference = reference;
	}

	@GetMapping("/public/provinces/{code}/progress")
	String page(@PathVariable String code, Model model) {
		Province province = province(reference, code);
		model.addAttribute("province", province);
		model.addAttribute("progress", progress.of(province.code(), LocaleContextHolder.getLocale()));
		Map<String, String> dimensionNames = new LinkedHashMap<>();
		reference.items(ReferenceKind.SMART_DIMENSION)
			.forEach(item -> dimensionNames.put(item.code(), item.name().in(LocaleContextHolder.getLocale())));
		model.addAttribute("dimensionNames", dimensionNames);
		return "monitoring/public-progress";
	}

	/** The province of a public address, or 404 (an unknown or malformed code). */
	static Province province(ReferenceApi reference, String code) {
		if (!ProvinceCode.isValid(code)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return reference.province(ProvinceCode.of(code)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
