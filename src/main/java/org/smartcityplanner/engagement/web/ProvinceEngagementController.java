package org.smartcityplanner.engagement.web;

import java.time.LocalDate;
import java.util.Optional;

import org.smartcityplanner.engagement.internal.EngagementLifecycle;
import org.smartcityplanner.engagement.internal.progress.EngagementProgress;
import org.smartcityplanner.engagement.internal.progress.ProgressReadModel;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The province's engagement as its coordinators and consultants see it: the period, the team (names and roles
 * only, none of the pool's private fields) and the progress. Province scope is the interceptor's check.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'CONSULTANT')")
class ProvinceEngagementController {

	private final ProgressReadModel progress;
	private final EngagementLifecycle lifecycle;

	ProvinceEngagementController(ProgressReadModel progress, EngagementLifecycle lifecycle) {
		this.progress = progress;
		this.lifecycle = lifecycle;
	}

	@GetMapping("/p/{provinceCode}/engagement")
	String show(@PathVariable String provinceCode, Model model) {
		Optional<EngagementProgress> current = progress.currentOf(ProvinceCode.of(provinceCode),
				LocalDate.now(EngagementPageController.BANGKOK));
		model.addAttribute("progress", current.orElse(null));
		model.addAttribute("engagement", current.flatMap(p -> lifecycle.engagement(p.id())).orElse(null));
		return "engagement/province";
	}
}
