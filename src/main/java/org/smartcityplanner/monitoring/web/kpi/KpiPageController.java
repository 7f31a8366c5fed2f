package org.smartcityplanner.monitoring.web.kpi;

import java.util.List;

import org.smartcityplanner.monitoring.internal.kpi.FollowUpQueries;
import org.smartcityplanner.monitoring.internal.kpi.HistoryPoint;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One KPI: owner, targets, every period's value and status, and the trend chart with its table. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
class KpiPageController {

	private final FollowUpQueries queries;

	KpiPageController(FollowUpQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/p/{provinceCode}/monitoring/kpis/{kpiId}")
	String kpi(@PathVariable String provinceCode, @PathVariable String kpiId, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		var kpi = InProvince.require(java.util.Optional.ofNullable(queries.kpis(province).get(kpiId)), "kpiId", kpiId);
		List<HistoryPoint> history = queries.history(province, kpiId);
		model.addAttribute("kpi", kpi);
		model.addAttribute("history", history);
		model.addAttribute("chart", TrendChart.of(history));
		model.addAttribute("owner", queries.owner(province, kpiId).orElse(null));
		model.addAttribute("ownerName", queries.owner(province, kpiId)
			.map(owner -> queries.displayName(owner.userId())).orElse(""));
		return "monitoring/kpi";
	}
}
