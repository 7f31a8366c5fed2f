package org.smartcityplanner.actionplan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the action plan pages share: the plan, the reference lists, names and refusals in the user's language. */
@Component
class ActionPlanPages {

	static final String EDITORS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')";

	/** Where the province's action plan REST resources live; the three API controllers share it. */
	static final String API = "/api/v1/provinces/{provinceCode}/actionplan";

	private final ActionPlanUseCases actionPlans;
	private final PlanApi plans;
	private final ReferenceApi reference;
	private final ProfileApi profile;
	private final MessageSource messages;

	ActionPlanPages(ActionPlanUseCases actionPlans, PlanApi plans, ReferenceApi reference, ProfileApi profile,
			MessageSource messages) {
		this.actionPlans = actionPlans;
		this.plans = plans;
		this.reference = reference;
		this.profile = profile;
		this.messages = messages;
	}

	/** The plan, or 404 while the province has none (the action plan page says to start one first). */
	LoadedPlan plan(String provinceCode) {
		return plans.plan(ProvinceCode.of(provinceCode)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	CandidateProject project(String provinceCode, String projectId) {
		return actionPlans.project(ProvinceCode.of(provinceCode), projectId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Lists and names every action-plan page needs. */
	void addCommon(Model model, String provinceCode) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		model.addAttribute("sources", reference.items(ReferenceKind.BUDGET_SOURCE));
		model.addAttribute("categories", reference.items(ReferenceKind.BUDGET_CATEGORY));
		model.addAttribute("dimensions", reference.items(ReferenceKind.SMART_DIMENSION));
		model.addAttribute("sourceNames", names(reference.items(ReferenceKind.BUDGET_SOURCE)));
		model.addAttribute("dimensionNames", names(reference.items(ReferenceKind.SMART_DIMENSION)));
		Map<String, String> areaNames = new LinkedHashMap<>();
		profile.areasOf(province).forEach(area -> areaNames.put(String.valueOf(area.id()),
				area.name().in(LocaleContextHolder.getLocale())));
		model.addAttribute("areaNames", areaNames);
		plans.plan(province).ifPresent(plan -> model.addAttribute("years",
				plan.header().period().years().stream().map(year -> year.buddhistYear()).toList()));
	}

	private static Map<String, String> names(List<ReferenceItem> items) {
		Map<String, String> names = new LinkedHashMap<>();
		items.forEach(item -> names.put(item.code(), item.name().in(LocaleContextHolder.getLocale())));
		return names;
	}

	/** A message in the user's language. */
	String text(String key, Object... args) {
		Object[] shownArgs = java.util.Arrays.stream(args).map(ActionPlanPages::shown).toArray();
		return messages.getMessage(key, shownArgs, key, LocaleContextHolder.getLocale());
	}

	/** A refusal in the user's language. */
	String text(InvalidInputException refused) {
		return text(refused.messageKey(), refused.arguments().toArray());
	}

	/** Money in messages with separators. */
	private static Object shown(Object argument) {
		if (argument instanceof org.smartcityplanner.shared.Baht baht) {
			java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00",
					java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH));
			return format.format(baht.toBigDecimal());
		}
		return argument == null ? "" : argument.toString();
	}

	/** Runs a change and redirects with a success or the refusal's text. */
	String change(RedirectAttributes redirect, String target, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", "actionplan.saved");
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("refusal", text(refused));
		}
		catch (IllegalArgumentException wrong) {
			redirect.addFlashAttribute("refusal", text("actionplan.invalidInput"));
		}
		catch (org.springframework.dao.OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("refusal", text("actionplan.conflict"));
		}
		return "redirect:" + target;
	}
}
