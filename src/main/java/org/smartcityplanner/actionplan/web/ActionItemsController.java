package org.smartcityplanner.actionplan.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ActionItemStatus;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
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

/**
 * The adopted fiscal-year action plan: items per year, the timeline across years, and editing by hand.
 */
@Controller
class ActionItemsController {

	private final ActionPlanUseCases actionPlans;
	private final ActionPlanPages pages;
	private final ReferenceApi reference;

	ActionItemsController(ActionPlanUseCases actionPlans, ActionPlanPages pages, ReferenceApi reference) {
		this.actionPlans = actionPlans;
		this.pages = pages;
		this.reference = reference;
	}

	/**
	 * One row of the timeline: a project and its item per fiscal year.
	 *
	 * @param projectId project id
	 * @param name project name
	 * @param byYear fiscal year to the item of that year
	 */
	record TimelineRow(String projectId, String name, Map<Integer, ActionItem> byYear) {
	}

	@GetMapping("/p/{provinceCode}/actionplan/plan")
	String plan(@PathVariable String provinceCode, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		pages.plan(provinceCode);
		pages.addCommon(model, provinceCode);
		List<ActionItem> items = actionPlans.actionItems(province);
		List<CandidateProject> projects = actionPlans.projects(province);
		Map<String, String> names = new HashMap<>();
		projects.forEach(project -> names.put(project.id(), project.name()));
		Map<Integer, List<ActionItem>> byYear = new TreeMap<>();
		Map<Integer, Baht> yearTotals = new TreeMap<>();
		Map<String, TimelineRow> timeline = new LinkedHashMap<>();
		for (CandidateProject project : projects) {
			for (ActionItem item : items) {
				if (item.projectId().equals(project.id())) {
					timeline.computeIfAbsent(project.id(), id -> new TimelineRow(id, project.name(), new TreeMap<>()))
						.byYear().put(item.year().buddhistYear(), item);
				}
			}
		}
		for (ActionItem item : items) {
			byYear.computeIfAbsent(item.year().buddhistYear(), year -> new ArrayList<>()).add(item);
			yearTotals.merge(item.year().buddhistYear(), item.total(), Baht::plus);
		}
		model.addAttribute("itemsByYear", byYear);
		model.addAttribute("yearTotals", yearTotals);
		model.addAttribute("projectNames", names);
		model.addAttribute("timeline", timeline.values());
		model.addAttribute("projects", projects);
		model.addAttribute("statuses", ActionItemStatus.values());
		return "actionplan/plan";
	}

	@GetMapping("/p/{provinceCode}/actionplan/plan/items/{itemId}")
	String item(@PathVariable String provinceCode, @PathVariable long itemId, Model model) {
		ActionItem item = find(provinceCode, itemId);
		pages.addCommon(model, provinceCode);
		model.addAttribute("item", item);
		model.addAttribute("project", pages.project(provinceCode, item.projectId()));
		model.addAttribute("statuses", ActionItemStatus.values());
		Map<String, String> funding = new HashMap<>();
		item.funding().forEach((source, amount) -> funding.put(source, amount.toString()));
		model.addAttribute("funding", funding);
		return "actionplan/item";
	}

	private ActionItem find(String provinceCode, long itemId) {
		return actionPlans.actionItems(ProvinceCode.of(provinceCode)).stream().filter(item -> item.id() == itemId)
			.findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping("/p/{provinceCode}/actionplan/plan/items/{itemId}")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String update(@PathVariable String provinceCode, @PathVariable long itemId, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		ActionItem item = find(provinceCode, itemId);
		String back = "/p/" + provinceCode + "/actionplan/plan/items/" + itemId;
		try {
			Map<String, Baht> funding = new LinkedHashMap<>();
			for (ReferenceItem source : reference.items(ReferenceKind.BUDGET_SOURCE)) {
				Baht amount = Baht.parse(params.get("fund_" + source.code()), source.code());
				if (amount != null) {
					funding.put(source.code(), amount);
				}
			}
			ActionItemStatus status;
			try {
				status = ActionItemStatus.valueOf(params.getOrDefault("status", ""));
			}
			catch (IllegalArgumentException unknown) {
				throw new InvalidInputException("actionplan.item.status.unknown");
			}
			List<String> milestones = List.of(params.getOrDefault("q1", ""), params.getOrDefault("q2", ""),
					params.getOrDefault("q3", ""), params.getOrDefault("q4", ""));
			int version = Integer.parseInt(params.getOrDefault("version", String.valueOf(item.version())));
			actionPlans.updateActionItem(ProvinceCode.of(provinceCode), itemId, funding, params.getOrDefault("agency", ""),
					status, milestones, version);
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("refusal", pages.text(refused));
			return "redirect:" + back;
		}
		catch (org.springframework.dao.OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("refusal", pages.text("actionplan.conflict"));
			return "redirect:" + back;
		}
		redirect.addFlashAttribute("flashSuccess", "actionplan.saved");
		return "redirect:/p/" + provinceCode + "/actionplan/plan#year-" + item.year();
	}

	@PostMapping("/p/{provinceCode}/actionplan/plan/items")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String add(@PathVariable String provinceCode, @RequestParam int year, @RequestParam String projectId,
			RedirectAttributes redirect) {
		return pages.change(redirect, "/p/" + provinceCode + "/actionplan/plan#year-" + year,
				() -> actionPlans.addActionItem(ProvinceCode.of(provinceCode), new FiscalYear(year), projectId));
	}

	@PostMapping("/p/{provinceCode}/actionplan/plan/items/{itemId}/delete")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String delete(@PathVariable String provinceCode, @PathVariable long itemId, RedirectAttributes redirect) {
		return pages.change(redirect, "/p/" + provinceCode + "/actionplan/plan",
				() -> actionPlans.deleteActionItem(ProvinceCode.of(provinceCode), itemId));
	}
}
