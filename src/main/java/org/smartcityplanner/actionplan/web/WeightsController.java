package org.smartcityplanner.actionplan.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.WeightSettings;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Criterion weights: typed directly, or derived by AHP from pairwise judgements with the consistency ratio. */
@Controller
class WeightsController {

	/** Saaty's scale as the form offers it, most important first. */
	static final List<String> SCALE = List.of("9", "8", "7", "6", "5", "4", "3", "2", "1", "1/2", "1/3", "1/4", "1/5",
			"1/6", "1/7", "1/8", "1/9");

	private final ActionPlanUseCases actionPlans;
	private final ActionPlanPages pages;

	WeightsController(ActionPlanUseCases actionPlans, ActionPlanPages pages) {
		this.actionPlans = actionPlans;
		this.pages = pages;
	}

	@GetMapping("/p/{provinceCode}/actionplan/weights")
	String weights(@PathVariable String provinceCode, Model model) {
		WeightSettings weights = actionPlans.weights(ProvinceCode.of(provinceCode));
		pages.addCommon(model, provinceCode);
		model.addAttribute("weights", weights);
		model.addAttribute("criteria", Criterion.values());
		model.addAttribute("scale", SCALE);
		model.addAttribute("judgements", judgements(weights));
		return "actionplan/weights";
	}

	/** The saved judgement of each pair as the scale shows it ({@code "i_j"} to {@code "1/3"}); 1 by default. */
	private static Map<String, String> judgements(WeightSettings weights) {
		Map<String, String> shown = new java.util.HashMap<>();
		int n = Criterion.values().length;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				String value = "1";
				if (weights.pairwise().size() == n && weights.pairwise().get(i).size() == n) {
					double judgement = weights.pairwise().get(i).get(j);
					value = judgement >= 1 ? String.valueOf(Math.round(judgement)) : "1/" + Math.round(1 / judgement);
				}
				shown.put(i + "_" + j, value);
			}
		}
		return shown;
	}

	@PostMapping("/p/{provinceCode}/actionplan/weights")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String saveDirect(@PathVariable String provinceCode, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		return pages.change(redirect, "/p/" + provinceCode + "/actionplan/weights", () -> {
			Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
			for (Criterion criterion : Criterion.values()) {
				String raw = params.getOrDefault("weight_" + criterion.name(), "").strip();
				try {
					weights.put(criterion, raw.isEmpty() ? BigDecimal.ZERO : org.smartcityplanner.shared.NumberText.decimal(raw));
				}
				catch (IllegalArgumentException notANumber) {
					throw new InvalidInputException("actionplan.weights.notANumber", raw);
				}
			}
			actionPlans.saveDirectWeights(ProvinceCode.of(provinceCode), weights);
		});
	}

	@PostMapping("/p/{provinceCode}/actionplan/weights/ahp")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String saveAhp(@PathVariable String provinceCode, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		return pages.change(redirect, "/p/" + provinceCode + "/actionplan/weights", () -> {
			int n = Criterion.values().length;
			double[][] upper = new double[n][n];
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					upper[i][j] = judgement(params.getOrDefault("ahp_" + i + "_" + j, "1"));
				}
			}
			actionPlans.saveAhpWeights(ProvinceCode.of(provinceCode), upper);
		});
	}

	private static double judgement(String raw) {
		if (!SCALE.contains(raw)) {
			throw new InvalidInputException("actionplan.weights.judgementRange");
		}
		return raw.startsWith("1/") ? 1.0 / Integer.parseInt(raw.substring(2)) : Integer.parseInt(raw);
	}
}
