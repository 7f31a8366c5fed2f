package org.smartcityplanner.participation.web.idea;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.web.idea.PublicIdeas.Listing;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public list of a province's ideas (paged, filtered by dimension, area and status; hidden ideas never) and
 * each idea's page with its public history. No personal data: who proposed or typed an idea is not shown.
 */
@Controller
class PublicIdeaController {

	private final PublicIdeas publicIdeas;
	private final IdeaApi ideas;
	private final ProcessApi process;
	private final IdeaChoices choices;
	private final IdeaSocialModel social;

	PublicIdeaController(PublicIdeas publicIdeas, IdeaApi ideas, ProcessApi process, IdeaChoices choices,
			IdeaSocialModel social) {
		this.publicIdeas = publicIdeas;
		this.ideas = ideas;
		this.process = process;
		this.choices = choices;
		this.social = social;
	}

	@GetMapping("/public/{code}/ideas")
	String list(@PathVariable String code, @RequestParam(required = false) String dimension,
			@RequestParam(required = false) String area, @RequestParam(required = false) String status,
			@RequestParam(required = false) String page, Locale locale, Model model, HttpServletResponse response) {
		Province province = choices.province(code).orElse(null);
		if (province == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "participation/portal/not-found";
		}
		List<IdeaChoices.Choice> areas = choices.areas(province.code(), locale);
		Listing listing = publicIdeas.listing(province.code(), dimension, area, status,
				Paging.lenient(page).page(), PublicIdeas.PAGE_SIZE, locale, areas);
		if (!listing.problems().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		common(province, locale, model, areas);
		model.addAttribute("listing", listing);
		model.addAttribute("dimensions", choices.dimensions(locale));
		model.addAttribute("areas", areas);
		model.addAttribute("open", process.isOpen(province.code(), IdeaApi.TOOL));
		// the pager's links keep the filters
		model.addAttribute("pagePath", UriComponentsBuilder.fromPath("/public/{code}/ideas")
			.queryParamIfPresent("dimension", java.util.Optional.ofNullable(listing.dimension()))
			.queryParamIfPresent("area", java.util.Optional.ofNullable(listing.area()))
			.queryParamIfPresent("status", java.util.Optional.ofNullable(listing.status()))
			.buildAndExpand(province.code().value()).encode().toUriString());
		return "participation/idea/public-list";
	}

	@GetMapping("/public/{code}/ideas/{id}")
	String detail(@PathVariable String code, @PathVariable String id, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Province province = choices.province(code).orElse(null);
		IdeaView idea = province == null || !id.matches("\\d{1,18}") ? null
				: ideas.find(province.code(), Long.parseLong(id)).filter(i -> i.status().isPublic()).orElse(null);
		if (idea == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "participation/portal/not-found";
		}
		common(province, locale, model, choices.areas(province.code(), locale));
		model.addAttribute("idea", PublicIdea.of(idea));
		model.addAttribute("history", PublicIdea.history(ideas.history(province.code(), idea.id())));
		social.addTo(model, province.code(), idea.id(), request);
		return "participation/idea/public-detail";
	}

	private void common(Province province, Locale locale, Model model, List<IdeaChoices.Choice> areas) {
		model.addAttribute("provinceCode", province.code().value());
		model.addAttribute("provinceName", province.name().in(locale));
		model.addAttribute("dimensionNames", choices.dimensionNames(locale));
		Map<String, String> areaNames = new LinkedHashMap<>();
		areas.forEach(area -> areaNames.put(area.value(), area.label()));
		model.addAttribute("areaNames", areaNames);
	}
}
