package org.smartcityplanner.plan.web;

import static org.smartcityplanner.plan.web.PlanController.EDITORS;

import jakarta.validation.Valid;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * KPIs of goals and projects: indicator, baseline and a target for each fiscal year of the plan.
 */
@Controller
@PreAuthorize(EDITORS)
class KpiController {

	private final PlanUseCases plans;
	private final PlanPageSupport pages;
	private final ReferenceApi reference;
	private final ProfileApi profile;

	KpiController(PlanUseCases plans, PlanPageSupport pages, ReferenceApi reference, ProfileApi profile) {
		this.plans = plans;
		this.pages = pages;
		this.reference = reference;
		this.profile = profile;
	}

	@GetMapping("/p/{provinceCode}/plan/items/{ownerId}/kpis/new")
	String newKpi(@PathVariable String provinceCode, @PathVariable String ownerId, Model model) {
		LoadedPlan plan = pages.requireEditable(provinceCode);
		model.addAttribute("ownerName", ownerName(plan, ownerId));
		KpiForm form = new KpiForm();
		form.setOwnerId(ownerId);
		model.addAttribute("kpiForm", form);
		pages.addChoices(model, plan);
		return "plan/kpi-form";
	}

	@PostMapping("/p/{provinceCode}/plan/kpis")
	String addKpi(@PathVariable String provinceCode, @Valid @ModelAttribute("kpiForm") KpiForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		LoadedPlan plan = pages.require(provinceCode);
		model.addAttribute("ownerName", ownerName(plan, form.getOwnerId()));
		completeFromLibrary(form, errors);
		completeBaselineFromProfile(ProvinceCode.of(provinceCode), form);
		ItemId id = ItemId.random();
		return pages.save(errors, model, plan, redirect, "plan/kpi-form", id,
				() -> plans.addKpi(ProvinceCode.of(provinceCode), PlanForms.kpi(id, form)));
	}

	@GetMapping("/p/{provinceCode}/plan/kpis/{kpiId}")
	String editKpi(@PathVariable String provinceCode, @PathVariable String kpiId, Model model) {
		LoadedPlan plan = pages.requireEditable(provinceCode);
		var kpi = PlanPageSupport.kpi(plan, kpiId).orElseThrow(PlanWeb::notFound);
		model.addAttribute("ownerName", ownerName(plan, kpi.ownerId().value()));
		model.addAttribute("kpiForm", PlanForms.kpiForm(kpi, plan.versionOf(kpiId)));
		model.addAttribute("itemId", kpiId);
		pages.addChoices(model, plan);
		return "plan/kpi-form";
	}

	@PostMapping("/p/{provinceCode}/plan/kpis/{kpiId}")
	String updateKpi(@PathVariable String provinceCode, @PathVariable String kpiId,
			@Valid @ModelAttribute("kpiForm") KpiForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		LoadedPlan plan = pages.require(provinceCode);
		var current = PlanPageSupport.kpi(plan, kpiId).orElseThrow(PlanWeb::notFound);
		model.addAttribute("ownerName", ownerName(plan, current.ownerId().value()));
		model.addAttribute("itemId", kpiId);
		completeFromLibrary(form, errors);
		return pages.update(errors, model, plan, redirect, "plan/kpi-form", current.id(), current, form::setVersion,
					() -> plans.updateKpi(ProvinceCode.of(provinceCode), PlanForms.kpi(current.id(), form),
							form.getVersion()));
	}

	/**
	 * A KPI picked from the indicator library takes its name and unit from there when the user left them empty
	 * (in Thai: the plan is written in Thai); an unknown code or a KPI without name or unit is a field error.
	 */
	private void completeFromLibrary(KpiForm form, BindingResult errors) {
		String code = form.getIndicatorCode() == null ? "" : form.getIndicatorCode().trim();
		if (!code.isEmpty()) {
			var indicator = reference.indicator(code);
			if (indicator.isEmpty()) {
				errors.rejectValue("indicatorCode", "plan.form.unknownIndicator");
				return;
			}
			if (form.getName() == null || form.getName().isBlank()) {
				form.setName(indicator.get().name().th());
			}
			if (form.getNameEn().isBlank()) {
				// the indicator library has English names: the English book need not mark these as untranslated
				form.setNameEn(indicator.get().name().en());
			}
			if (form.getUnit() == null || form.getUnit().isBlank()) {
				form.setUnit(indicator.get().unit().th());
			}
		}
		if (form.getName() == null || form.getName().isBlank()) {
			errors.rejectValue("name", "validation.required");
		}
		if (form.getUnit() == null || form.getUnit().isBlank()) {
			errors.rejectValue("unit", "validation.required");
		}
	}

	/**
	 * A new KPI from the library without a baseline takes the province's latest recorded baseline of that
	 * indicator (value, year and source), so figures entered once on the baselines page are not typed again.
	 */
	private void completeBaselineFromProfile(ProvinceCode province, KpiForm form) {
		boolean noBaseline = form.getBaselineValue() == null && form.getBaselineYear() == null;
		String code = form.getIndicatorCode() == null ? "" : form.getIndicatorCode().trim();
		if (!noBaseline || code.isEmpty()) {
			return;
		}
		profile.latestBaseline(province, null, code).ifPresent(baseline -> {
			form.setBaselineValue(baseline.value());
			form.setBaselineYear(baseline.year());
			form.setBaselineSource(baseline.source());
		});
	}

	/** The goal or project the KPI measures, for the page heading; 404 when it is not in this plan. */
	private static String ownerName(LoadedPlan plan, String ownerId) {
		return PlanPageSupport.goal(plan, ownerId).map(goal -> goal.title())
			.or(() -> PlanPageSupport.project(plan, ownerId).map(project -> project.name()))
			.orElseThrow(PlanWeb::notFound);
	}
}
