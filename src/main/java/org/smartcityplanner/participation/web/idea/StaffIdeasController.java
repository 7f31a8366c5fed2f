package org.smartcityplanner.participation.web.idea;

import java.util.Map;
import java.util.stream.Collectors;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaSummary;
import org.smartcityplanner.participation.internal.stats.AnswerRatings;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.survey.ProblemMessages;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff's list of the province's ideas. It opens on the moderation queue — the ideas awaiting a decision,
 * newest first — and filters by status (hidden, accepted, declined or all), smart dimension and target area, 50 a
 * page with plain page links. The working group reads it; the province team moderates and decides on each idea's
 * own page.
 */
@Controller
@PreAuthorize(ParticipationAccess.READERS)
class StaffIdeasController {

	private final IdeaApi ideas;
	private final AnswerRatings ratings;
	private final StaffIdeaChoices choices;
	private final ProblemMessages problems;

	StaffIdeasController(IdeaApi ideas, AnswerRatings ratings, StaffIdeaChoices choices, ProblemMessages problems) {
		this.ideas = ideas;
		this.ratings = ratings;
		this.choices = choices;
		this.problems = problems;
	}

	@GetMapping("/p/{provinceCode}/participation/ideas")
	String list(@PathVariable String provinceCode, @RequestParam(required = false) String status,
			@RequestParam(required = false) String dimension, @RequestParam(required = false) String area,
			@RequestParam(required = false) String page, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		choices.addTo(model, province);
		StaffIdeaFilter filter = StaffIdeaFilter.read(status, dimension, area, choices.dimensionCodes(),
				choices.areaIds(province));
		PageOf<IdeaSummary> ideasPage = ideas.list(province, filter.toFilter(), Paging.lenient(page));
		model.addAttribute("filter", filter);
		model.addAttribute("ideasPage", ideasPage);
		model.addAttribute("listPath", filter.path("/p/" + province.value() + "/participation/ideas"));
		model.addAttribute("filterErrors", problems.byField(filter.problems()));
		Map<String, Long> counts = ideas.countsByStatus(province).entrySet().stream()
			.collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue));
		model.addAttribute("counts", counts);
		model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("ratings", ratings.of(province));
		return "participation/idea/staff-list";
	}
}
