package org.smartcityplanner.plan.web;

import static org.smartcityplanner.plan.web.PlanController.EDITORS;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.internal.PlanItemSources;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "From the participation of …": the resolutions and survey findings that shaped a plan item. Every member of
 * the province reads them; the plan's editors link and unlink them while the plan is editable.
 */
@Controller
class SourceController {

	private final PlanItemSources sources;
	private final PlanPageSupport pages;

	SourceController(PlanItemSources sources, PlanPageSupport pages) {
		this.sources = sources;
		this.pages = pages;
	}

	@GetMapping("/p/{provinceCode}/plan/items/{itemId}/sources")
	String sources(@PathVariable String provinceCode, @PathVariable String itemId, Model model) {
		LoadedPlan plan = pages.require(provinceCode);
		ProvinceCode province = ProvinceCode.of(provinceCode);
		model.addAttribute("itemLabel", PlanPageSupport.itemLabel(plan, itemId));
		model.addAttribute("itemId", itemId);
		model.addAttribute("sources", sources.of(province, new ItemId(itemId)));
		model.addAttribute("editable", plan.header().editable());
		model.addAttribute("linkable", sources.linkable(province, new ItemId(itemId)));
		return "plan/sources";
	}

	@PostMapping("/p/{provinceCode}/plan/items/{itemId}/sources")
	@PreAuthorize(EDITORS)
	String link(@PathVariable String provinceCode, @PathVariable String itemId,
			@RequestParam(defaultValue = "") String input, RedirectAttributes redirect) {
		try {
			sources.link(ProvinceCode.of(provinceCode), new ItemId(itemId), ResourceRef.parse(input));
			redirect.addFlashAttribute("flashSuccess", "plan.source.linked");
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", refused.arguments().toArray());
		}
		return sourcesPage(provinceCode, itemId);
	}

	@PostMapping("/p/{provinceCode}/plan/items/{itemId}/sources/unlink")
	@PreAuthorize(EDITORS)
	String unlink(@PathVariable String provinceCode, @PathVariable String itemId,
			@RequestParam(defaultValue = "") String input, RedirectAttributes redirect) {
		try {
			boolean removed = sources.unlink(ProvinceCode.of(provinceCode), new ItemId(itemId),
					ResourceRef.parse(input));
			redirect.addFlashAttribute(removed ? "flashSuccess" : "flashError",
					removed ? "plan.source.unlinked" : "plan.source.notLinked");
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", refused.arguments().toArray());
		}
		return sourcesPage(provinceCode, itemId);
	}

	private static String sourcesPage(String provinceCode, String itemId) {
		return "redirect:/p/" + ProvinceCode.of(provinceCode).value() + "/plan/items/"
				+ new ItemId(itemId).value().replaceAll("[^A-Za-z0-9-]", "") + "/sources";
	}
}
