package org.smartcityplanner.actionplan.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The optimiser: envelopes and minimums, starting a run (solved in the background), its results with the
 * reasons for every excluded project, what-if re-runs, the comparison of two runs and adopting a run.
 */
@Controller
class OptimiserController {

	static final int DEFAULT_TIME_LIMIT = 10;

	private final ActionPlanUseCases actionPlans;
	private final ActionPlanPages pages;
	private final ReferenceApi reference;

	OptimiserController(ActionPlanUseCases actionPlans, ActionPlanPages pages, ReferenceApi reference) {
		this.actionPlans = actionPlans;
		this.pages = pages;
		this.reference = reference;
	}

	@GetMapping("/p/{provinceCode}/actionplan/optimiser")
	String settings(@PathVariable String provinceCode, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		pages.plan(provinceCode);
		pages.addCommon(model, provinceCode);
		Map<String, Map<Integer, String>> envelopes = new LinkedHashMap<>();
		actionPlans.envelopes(province).forEach((source, years) -> {
			Map<Integer, String> shown = new HashMap<>();
			years.forEach((year, amount) -> shown.put(year, new MoneyFormat().baht(amount)));
			envelopes.put(source, shown);
		});
		model.addAttribute("envelopes", envelopes);
		model.addAttribute("minimums", actionPlans.minimums(province));
		model.addAttribute("runs", actionPlans.runs(province));
		model.addAttribute("defaultTimeLimit", DEFAULT_TIME_LIMIT);
		return "actionplan/optimiser";
	}

	@PostMapping("/p/{provinceCode}/actionplan/optimiser/envelopes")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String saveEnvelopes(@PathVariable String provinceCode, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		List<Integer> years = pages.plan(provinceCode).header().period().years().stream().map(y -> y.buddhistYear()).toList();
		return pages.change(redirect, "/p/" + provinceCode + "/actionplan/optimiser#envelopes", () -> {
			Map<String, Map<Integer, Baht>> envelopes = new LinkedHashMap<>();
			for (ReferenceItem source : reference.items(ReferenceKind.BUDGET_SOURCE)) {
				Map<Integer, Baht> byYear = new HashMap<>();
				for (int year : years) {
					String field = "env_" + source.code() + "_" + year;
					if (params.containsKey(field)) {
						byYear.put(year, Baht.parse(params.get(field), source.code() + " " + year));
					}
				}
				envelopes.put(source.code(), byYear);
			}
			actionPlans.saveEnvelopes(ProvinceCode.of(provinceCode), envelopes);
		});
	}

	@PostMapping("/p/{provinceCode}/actionplan/optimiser/minimums")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String addMinimum(@PathVariable String provinceCode, @RequestParam String target,
			@RequestParam(defaultValue = "0") int minCount, @RequestParam(defaultValue = "0") int minSharePercent,
			RedirectAttributes redirect) {
		String[] parts = target.split(":", 2);
		return pages.change(redirect, "/p/" + provinceCode + "/actionplan/optimiser#minimums",
				() -> actionPlans.addMinimum(ProvinceCode.of(provinceCode), new MinimumRule(0, parts[0],
						parts.length > 1 ? parts[1] : "", minCount, minSharePercent)));
	}

	@PostMapping("/p/{provinceCode}/actionplan/optimiser/minimums/{id}/delete")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String deleteMinimum(@PathVariable String provinceCode, @PathVariable long id, RedirectAttributes redirect) {
		return pages.change(redirect, "/p/" + provinceCode + "/actionplan/optimiser#minimums",
				() -> actionPlans.deleteMinimum(ProvinceCode.of(provinceCode), id));
	}

	@PostMapping("/p/{provinceCode}/actionplan/runs")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String run(@PathVariable String provinceCode, @RequestParam(defaultValue = "") String label,
			@RequestParam(defaultValue = "10") int timeLimitSeconds, @RequestParam(defaultValue = "0") long seed,
			RedirectAttributes redirect) {
		try {
			long id = actionPlans.startRun(ProvinceCode.of(provinceCode), RunRequest.current(label, timeLimitSeconds, seed));
			return "redirect:/p/" + provinceCode + "/actionplan/runs/" + id;
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("refusal", pages.text(refused));
			return "redirect:/p/" + provinceCode + "/actionplan/optimiser#run";
		}
	}

	@GetMapping("/p/{provinceCode}/actionplan/runs/{runId}")
	String result(@PathVariable String provinceCode, @PathVariable long runId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		OptimiserRun run = actionPlans.run(ProvinceCode.of(provinceCode), runId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		pages.addCommon(model, provinceCode);
		List<CandidateProject> projects = actionPlans.projects(ProvinceCode.of(provinceCode));
		model.addAttribute("view", RunView.of(run,
				explanations(model, projects, run.inputs() == null ? null : run.inputs().problem())));
		model.addAttribute("projects", projects);
		model.addAttribute("criteria", Criterion.values());
		model.addAttribute("hasItems", !actionPlans.actionItems(ProvinceCode.of(provinceCode)).isEmpty());
		if (htmx != null && !run.pending()) {
			response.setHeader("HX-Refresh", "true"); // finished: show the whole result page
		}
		return htmx != null ? "actionplan/partials/run-status :: status" : "actionplan/run";
	}

	@SuppressWarnings("unchecked")
	private Explanations explanations(Model model, List<CandidateProject> projects,
			org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem problem) {
		Map<String, String> projectNames = new HashMap<>();
		projects.forEach(project -> projectNames.put(project.id(), project.name()));
		Map<String, String> codeNames = new HashMap<>((Map<String, String>) model.getAttribute("dimensionNames"));
		codeNames.putAll((Map<String, String>) model.getAttribute("areaNames"));
		return new Explanations(pages, projectNames, (Map<String, String>) model.getAttribute("sourceNames"), codeNames,
				problem);
	}

	@PostMapping("/p/{provinceCode}/actionplan/runs/{runId}/what-if")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String whatIf(@PathVariable String provinceCode, @PathVariable long runId, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		try {
			RunRequest request = WhatIfForm.read(runId, params);
			long id = actionPlans.startRun(ProvinceCode.of(provinceCode), request);
			return "redirect:/p/" + provinceCode + "/actionplan/runs/" + id;
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("refusal", pages.text(refused));
			return "redirect:/p/" + provinceCode + "/actionplan/runs/" + runId + "#what-if";
		}
	}

	@PostMapping("/p/{provinceCode}/actionplan/runs/{runId}/adopt")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String adopt(@PathVariable String provinceCode, @PathVariable long runId, RedirectAttributes redirect) {
		try {
			actionPlans.adopt(ProvinceCode.of(provinceCode), runId);
			redirect.addFlashAttribute("flashSuccess", "actionplan.adopted");
			return "redirect:/p/" + provinceCode + "/actionplan/plan";
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("refusal", pages.text(refused));
			return "redirect:/p/" + provinceCode + "/actionplan/runs/" + runId;
		}
	}

	@GetMapping("/p/{provinceCode}/actionplan/runs/compare")
	String compare(@PathVariable String provinceCode, @RequestParam long a, @RequestParam long b, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		OptimiserRun first = actionPlans.run(province, a).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		OptimiserRun second = actionPlans.run(province, b).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		pages.addCommon(model, provinceCode);
		List<CandidateProject> projects = actionPlans.projects(province);
		model.addAttribute("comparison", RunComparison.of(
				RunView.of(first, explanations(model, projects, first.inputs() == null ? null : first.inputs().problem())),
				RunView.of(second,
						explanations(model, projects, second.inputs() == null ? null : second.inputs().problem()))));
		return "actionplan/compare";
	}

	/** Reads the what-if form: changed envelopes, mandatory flags and weights. */
	static final class WhatIfForm {

		private WhatIfForm() {
		}

		static RunRequest read(long basedOn, Map<String, String> params) {
			Map<String, Map<Integer, Baht>> envelopes = new HashMap<>();
			String source = params.getOrDefault("envelopeSource", "");
			String year = params.getOrDefault("envelopeYear", "");
			Baht amount = Baht.parse(params.get("envelopeAmount"), source + " " + year);
			if (amount != null && !source.isBlank() && year.matches("\\d{4}")) {
				envelopes.put(source, Map.of(Integer.parseInt(year), amount));
			}
			Map<String, Boolean> mandatory = new HashMap<>();
			String project = params.getOrDefault("mandatoryProject", "");
			String flag = params.getOrDefault("mandatoryFlag", "");
			if (!project.isBlank() && (flag.equals("true") || flag.equals("false"))) {
				mandatory.put(project, Boolean.valueOf(flag));
			}
			Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
			for (Criterion criterion : Criterion.values()) {
				String raw = params.getOrDefault("weight_" + criterion.name(), "").strip();
				if (!raw.isEmpty()) {
					try {
						weights.put(criterion, org.smartcityplanner.shared.NumberText.decimal(raw));
					}
					catch (IllegalArgumentException notANumber) {
						throw new InvalidInputException("actionplan.weights.notANumber", raw);
					}
				}
			}
			if (!weights.isEmpty() && (weights.values().stream().anyMatch(w -> w.signum() < 0)
					|| weights.values().stream().allMatch(w -> w.signum() == 0))) {
				throw new InvalidInputException("actionplan.weights.invalid");
			}
			Integer timeLimit;
			Long seed;
			try {
				timeLimit = org.smartcityplanner.shared.NumberText.wholeInt(params.getOrDefault("timeLimitSeconds", "10"));
				seed = org.smartcityplanner.shared.NumberText.whole(params.getOrDefault("seed", "0"));
			}
			catch (IllegalArgumentException notANumber) {
				timeLimit = null;
				seed = null;
			}
			if (timeLimit == null || seed == null) {
				throw new InvalidInputException("actionplan.run.timeLimitRange", 60);
			}
			return new RunRequest(params.getOrDefault("label", ""), timeLimit, seed, basedOn, envelopes, mandatory,
					weights);
		}
	}
}
