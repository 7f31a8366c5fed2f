package org.smartcityplanner.monitoring.web.kpi;

import org.smartcityplanner.monitoring.internal.kpi.FollowUpQueries;
import org.smartcityplanner.monitoring.internal.kpi.ValueService;
import org.smartcityplanner.monitoring.internal.period.PeriodService;
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

/** One period's values: the coordinator approves or returns what owners submitted; the plan team reads. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
class ReviewController {

	private final PeriodService periods;
	private final FollowUpQueries queries;
	private final ValueService values;

	ReviewController(PeriodService periods, FollowUpQueries queries, ValueService values) {
		this.periods = periods;
		this.queries = queries;
		this.values = values;
	}

	@GetMapping("/p/{provinceCode}/monitoring/periods/{periodId}")
	String review(@PathVariable String provinceCode, @PathVariable long periodId, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		model.addAttribute("period", periods.period(province, periodId));
		model.addAttribute("rows", queries.review(province, periodId));
		return "monitoring/review";
	}

	@PostMapping("/p/{provinceCode}/monitoring/values/{valueId}/approve")
	String approve(@PathVariable String provinceCode, @PathVariable long valueId, @RequestParam long periodId,
			@RequestParam int version, RedirectAttributes redirect) {
		return decide(provinceCode, valueId, periodId, version, true, null, redirect);
	}

	@PostMapping("/p/{provinceCode}/monitoring/values/{valueId}/return")
	String returnValue(@PathVariable String provinceCode, @PathVariable long valueId, @RequestParam long periodId,
			@RequestParam int version, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return decide(provinceCode, valueId, periodId, version, false, reason, redirect);
	}

	private String decide(String provinceCode, long valueId, long periodId, int version, boolean approve,
			String reason, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		periods.period(province, periodId);
		try {
			if (approve) {
				values.approve(province, valueId, version);
			}
			else {
				values.returnValue(province, valueId, version, reason);
			}
			Flash.success(redirect, approve ? "monitoring.kpi.approved" : "monitoring.kpi.returned");
		}
		catch (InvalidInputException e) {
			Flash.error(redirect, e);
		}
		catch (OptimisticLockingFailureException e) {
			Flash.conflict(redirect);
		}
		return "redirect:/p/" + province.value() + "/monitoring/periods/" + periodId;
	}
}
