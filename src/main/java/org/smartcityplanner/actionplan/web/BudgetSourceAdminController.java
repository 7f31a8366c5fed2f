package org.smartcityplanner.actionplan.web;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.SourceRules;
import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.actionplan.rules.ProjectType;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins edit each budget source's rules: eligibility, cap, co-funding, multi-year, form fields, deadline. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class BudgetSourceAdminController {

	private final ActionPlanUseCases actionPlans;
	private final ActionPlanPages pages;
	private final ReferenceApi reference;

	BudgetSourceAdminController(ActionPlanUseCases actionPlans, ActionPlanPages pages, ReferenceApi reference) {
		this.actionPlans = actionPlans;
		this.pages = pages;
		this.reference = reference;
	}

	@GetMapping("/admin/budget-sources")
	String list(Model model) {
		model.addAttribute("rules", actionPlans.sourceRules());
		model.addAttribute("dimensionNames", names());
		return "actionplan/admin-sources";
	}

	@GetMapping("/admin/budget-sources/{code}")
	String edit(@PathVariable String code, Model model) {
		SourceRules rules;
		try {
			rules = actionPlans.sourceRules(code);
		}
		catch (InvalidInputException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("source", rules);
		model.addAttribute("dimensions", reference.items(ReferenceKind.SMART_DIMENSION));
		model.addAttribute("types", ProjectType.values());
		model.addAttribute("fields", FormField.values());
		return "actionplan/admin-source";
	}

	@PostMapping("/admin/budget-sources/{code}")
	String save(@PathVariable String code, @RequestParam(required = false) List<String> dimensions,
			@RequestParam(required = false) List<String> types, @RequestParam(defaultValue = "") String maxPerProject,
			@RequestParam(defaultValue = "0") int coFundingPercent,
			@RequestParam(defaultValue = "false") boolean multiYearAllowed,
			@RequestParam(required = false) List<String> fields, @RequestParam int deadlineMonth,
			@RequestParam int deadlineDay, @RequestParam int version, RedirectAttributes redirect) {
		return pages.change(redirect, "/admin/budget-sources/" + code, () -> {
			if (coFundingPercent < 0 || coFundingPercent > 100) {
				throw new InvalidInputException("actionplan.source.coFundingRange");
			}
			MonthDay deadline;
			try {
				deadline = MonthDay.of(deadlineMonth, deadlineDay);
			}
			catch (DateTimeException notADay) {
				throw new InvalidInputException("actionplan.source.deadline", deadlineMonth, deadlineDay);
			}
			var cap = Baht.parse(maxPerProject, "maxPerProject");
			if (cap != null && cap.satang() <= 0) {
				throw new InvalidInputException("actionplan.source.capPositive");
			}
			Set<ProjectType> projectTypes = new LinkedHashSet<>();
			(types == null ? List.<String>of() : types).forEach(type -> projectTypes.add(ProjectType.valueOf(type)));
			List<FormField> required = new ArrayList<>();
			(fields == null ? List.<String>of() : fields).forEach(field -> required.add(FormField.valueOf(field)));
			actionPlans.updateSourceRule(new SourceRule(code, dimensions == null ? Set.of() : Set.copyOf(dimensions),
					projectTypes, cap, coFundingPercent, multiYearAllowed, required, deadline), version);
		});
	}

	private java.util.Map<String, String> names() {
		java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
		reference.items(ReferenceKind.SMART_DIMENSION)
			.forEach(item -> names.put(item.code(), item.name().in(org.springframework.context.i18n.LocaleContextHolder.getLocale())));
		return names;
	}
}
