package org.smartcityplanner.monitoring.web.kpi;

import java.util.Map;
import java.util.stream.Collectors;

import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.monitoring.internal.kpi.FollowUpQueries;
import org.smartcityplanner.monitoring.internal.kpi.OwnerService;
import org.smartcityplanner.monitoring.internal.period.ApprovedPlans;
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

/** Who reports each KPI of the approved plan: the coordinator names an agency and an account per KPI. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
class OwnersController {

	private final OwnerService owners;
	private final FollowUpQueries queries;
	private final ApprovedPlans plans;

	OwnersController(OwnerService owners, FollowUpQueries queries, ApprovedPlans plans) {
		this.owners = owners;
		this.queries = queries;
		this.plans = plans;
	}

	@GetMapping("/p/{provinceCode}/monitoring/owners")
	String list(@PathVariable String provinceCode, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		model.addAttribute("planApproved", plans.of(province).isPresent());
		model.addAttribute("kpis", queries.kpis(province).values());
		model.addAttribute("owners", owners.owners(province));
		var candidates = owners.candidates(province);
		model.addAttribute("candidates", candidates);
		Map<Long, String> names = candidates.stream()
			.collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
		owners.owners(province).values().forEach(owner -> names.computeIfAbsent(owner.userId(), queries::displayName));
		model.addAttribute("names", names);
		return "monitoring/owners";
	}

	@PostMapping("/p/{provinceCode}/monitoring/owners/{kpiId}")
	String assign(@PathVariable String provinceCode, @PathVariable String kpiId,
			@RequestParam(required = false) String agency, @RequestParam(required = false) Long userId,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			if (userId == null) {
				throw new InvalidInputException("monitoring.kpi.rule.owner.required");
			}
			owners.assign(province, kpiId, agency, userId, version);
			Flash.success(redirect, "monitoring.kpi.owner.saved");
		}
		catch (InvalidInputException e) {
			Flash.error(redirect, e);
		}
		catch (OptimisticLockingFailureException e) {
			Flash.conflict(redirect);
		}
		return "redirect:/p/" + province.value() + "/monitoring/owners";
	}
}
