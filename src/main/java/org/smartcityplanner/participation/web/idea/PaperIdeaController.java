package org.smartcityplanner.participation.web.idea;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaProposal;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.web.survey.ProblemMessages;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Staff type ideas written on paper (e.g. at a village meeting) into the same fields the public fills, checked by
 * the same rules: channel PAPER, the signed-in user recorded and audited. After each idea the page shows the
 * author's personal link, to write on the paper slip handed back, and an empty form for the next one.
 */
@Controller
@PreAuthorize(PaperIdeaController.MANAGERS)
class PaperIdeaController {

	static final String MANAGERS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')";

	private final IdeaApi ideas;
	private final ProcessApi process;
	private final IdeaChoices choices;
	private final ProblemMessages problems;

	PaperIdeaController(IdeaApi ideas, ProcessApi process, IdeaChoices choices, ProblemMessages problems) {
		this.ideas = ideas;
		this.process = process;
		this.choices = choices;
		this.problems = problems;
	}

	@GetMapping("/p/{provinceCode}/participation/ideas/paper")
	String form(@PathVariable String provinceCode, Locale locale, Model model) {
		return page(ProvinceCode.of(provinceCode), fresh(), Map.of(), locale, model);
	}

	@PostMapping("/p/{provinceCode}/participation/ideas/paper")
	String enter(@PathVariable String provinceCode, @ModelAttribute IdeaForm form, Locale locale, Model model,
			HttpServletResponse response) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			IdeaProposal proposal = ideas.proposePaper(province, form.draft(), form.getIdempotencyKey());
			if (!proposal.accepted()) {
				response.setStatus(HttpStatus.CONFLICT.value());
				return page(province, form, Map.of(), locale, model);
			}
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("entered", proposal.idea());
			model.addAttribute("personalLink", PersonalLinks.of(province, proposal.authorSecret()));
			return page(province, fresh(), Map.of(), locale, model);
		}
		catch (InputProblemsException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(province, form, PublicIdeaFormController.errors(e, form, problems), locale, model);
		}
	}

	private static IdeaForm fresh() {
		IdeaForm form = new IdeaForm();
		form.setIdempotencyKey(PublicIdeaFormController.newKey());
		return form;
	}

	private String page(ProvinceCode province, IdeaForm form, Map<String, List<String>> errors, Locale locale,
			Model model) {
		model.addAttribute("open", process.isOpen(province, IdeaApi.TOOL));
		model.addAttribute("dimensions", choices.dimensions(locale));
		model.addAttribute("areas", choices.areas(province, locale));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "participation/idea/paper";
	}
}
