package org.smartcityplanner.monitoring.web.renewal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcityplanner.monitoring.domain.renewal.Thresholds;
import org.smartcityplanner.monitoring.internal.renewal.RenewalReadinessService;
import org.smartcityplanner.monitoring.internal.renewal.RenewalThresholdService;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A province's renewal readiness (per smart dimension and overall, with the evidence), and the admin page of the
 * national thresholds it is judged against.
 */
@Controller
class RenewalController {

	static final String READERS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')";

	private final RenewalReadinessService readiness;
	private final RenewalThresholdService thresholds;
	private final ReferenceApi reference;
	private final MessageSource messages;

	RenewalController(RenewalReadinessService readiness, RenewalThresholdService thresholds, ReferenceApi reference,
			MessageSource messages) {
		this.readiness = readiness;
		this.thresholds = thresholds;
		this.reference = reference;
		this.messages = messages;
	}

	@GetMapping("/p/{provinceCode}/monitoring/renewal")
	@PreAuthorize(READERS)
	String renewal(@PathVariable String provinceCode, Model model) {
		model.addAttribute("assessment", readiness.assess(ProvinceCode.of(provinceCode)));
		Map<String, String> dimensionNames = new LinkedHashMap<>();
		reference.items(ReferenceKind.SMART_DIMENSION)
			.forEach(item -> dimensionNames.put(item.code(), item.name().in(LocaleContextHolder.getLocale())));
		model.addAttribute("dimensionNames", dimensionNames);
		return "monitoring/renewal";
	}

	@GetMapping("/admin/monitoring/renewal-thresholds")
	String thresholds(Model model) {
		model.addAttribute("stored", thresholds.current());
		return "monitoring/thresholds";
	}

	@PostMapping("/admin/monitoring/renewal-thresholds")
	String changeThresholds(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		try {
			thresholds.change(new Thresholds(percent(params, "kpisOnTrackPercent"),
					percent(params, "projectsOnSchedulePercent"), params.containsKey("toConfirm")),
					Integer.parseInt(params.getOrDefault("version", "0")));
			redirect.addFlashAttribute("flashSuccess", "monitoring.renewal.thresholds.saved");
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("refusal", messages.getMessage(refused.messageKey(),
					refused.arguments().toArray(), LocaleContextHolder.getLocale()));
		}
		catch (OptimisticLockingFailureException | NumberFormatException conflict) {
			redirect.addFlashAttribute("refusal",
					messages.getMessage("monitoring.renewal.thresholds.conflict", null, LocaleContextHolder.getLocale()));
		}
		return "redirect:/admin/monitoring/renewal-thresholds";
	}

	private static int percent(Map<String, String> params, String field) {
		String text = params.getOrDefault(field, "").strip();
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException notWhole) {
			throw new InvalidInputException("monitoring.renewal.threshold.range", field, text);
		}
	}
}
