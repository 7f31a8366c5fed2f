package org.smartcityplanner.monitoring.web.kpi;

import java.util.List;

import org.smartcityplanner.monitoring.internal.kpi.FollowUpQueries;
import org.smartcityplanner.monitoring.internal.kpi.ReviewRow;
import org.smartcityplanner.monitoring.internal.kpi.ThresholdService;
import org.smartcityplanner.monitoring.internal.period.ApprovedPlans;
import org.smartcityplanner.monitoring.internal.period.PeriodService;
import org.smartcityplanner.monitoring.internal.period.ReportingPeriod;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
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
 * The coordinator's follow-up page: the plan's reporting periods (generate, open, lock), the status thresholds,
 * and per period who has not reported. The plan team reads it; changes are the coordinator's (checked by the
 * services, so the API and the pages share one rule).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
class PeriodsController {

	private final PeriodService periods;
	private final FollowUpQueries queries;
	private final ThresholdService thresholds;
	private final ApprovedPlans plans;

	PeriodsController(PeriodService periods, FollowUpQueries queries, ThresholdService thresholds,
			ApprovedPlans plans) {
		this.periods = periods;
		this.queries = queries;
		this.thresholds = thresholds;
		this.plans = plans;
	}

	@GetMapping("/p/{provinceCode}/monitoring/periods")
	String list(@PathVariable String provinceCode, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		List<ReportingPeriod> list = periods.periods(province);
		model.addAttribute("planApproved", plans.of(province).isPresent());
		model.addAttribute("periods", list);
		model.addAttribute("missing", list.stream().filter(ReportingPeriod::isOpen)
			.map(period -> new PeriodMissing(period, queries.review(province, period.id()).stream()
				.filter(ReviewRow::notReported).toList()))
			.toList());
		model.addAttribute("thresholds", queries.thresholds(province));
		return "monitoring/periods";
	}

	@PostMapping("/p/{provinceCode}/monitoring/periods/generate")
	String generate(@PathVariable String provinceCode, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			periods.generate(province);
			Flash.success(redirect, "monitoring.period.generated");
		}
		catch (InvalidInputException e) {
			Flash.error(redirect, e);
		}
		return "redirect:/p/" + province.value() + "/monitoring/periods";
	}

	@PostMapping("/p/{provinceCode}/monitoring/periods/{periodId}/open")
	String open(@PathVariable String provinceCode, @PathVariable long periodId, @RequestParam int version,
			RedirectAttributes redirect) {
		return change(provinceCode, periodId, version, true, redirect);
	}

	@PostMapping("/p/{provinceCode}/monitoring/periods/{periodId}/lock")
	String lock(@PathVariable String provinceCode, @PathVariable long periodId, @RequestParam int version,
			RedirectAttributes redirect) {
		return change(provinceCode, periodId, version, false, redirect);
	}

	@PostMapping("/p/{provinceCode}/monitoring/thresholds")
	String thresholds(@PathVariable String provinceCode, @RequestParam(required = false) Integer onTrack,
			@RequestParam(required = false) Integer atRisk, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			if (onTrack == null || atRisk == null) {
				throw new InvalidInputException("monitoring.kpi.rule.thresholds.required");
			}
			thresholds.save(province, onTrack, atRisk);
			Flash.success(redirect, "monitoring.kpi.thresholds.saved");
		}
		catch (InvalidInputException e) {
			Flash.error(redirect, e);
		}
		return "redirect:/p/" + province.value() + "/monitoring/periods";
	}

	private String change(String provinceCode, long periodId, int version, boolean open, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			if (open) {
				periods.open(province, periodId, version);
			}
			else {
				periods.lock(province, periodId, version);
			}
			Flash.success(redirect, open ? "monitoring.period.opened" : "monitoring.period.locked");
		}
		catch (InvalidInputException e) {
			Flash.error(redirect, e);
		}
		catch (OptimisticLockingFailureException e) {
			Flash.conflict(redirect);
		}
		return "redirect:/p/" + province.value() + "/monitoring/periods";
	}

	/** An open period and the owned KPIs nobody has reported yet. */
	record PeriodMissing(ReportingPeriod period, List<ReviewRow> rows) {
	}
}
