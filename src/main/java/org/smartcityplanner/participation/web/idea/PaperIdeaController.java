package org.smartcityplanner.participation.web.idea;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaProposal;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.idea.PaperIdeaSlips;
import org.smartcityplanner.publication.PdfNotAvailableException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.participation.web.survey.ProblemMessages;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff type ideas written on paper (e.g. at a village meeting) into the same fields the public fills, checked by
 * the same rules: channel PAPER, the signed-in user recorded and audited. After each idea the page shows the
 * author's personal link and offers it as a printable slip (PDF, Thai or English, with its QR code) to hand back,
 * and an empty form for the next one. The slip is made from the link's secret the page carries: only its hash is
 * stored, so it cannot be printed later.
 */
@Controller
@PreAuthorize(PaperIdeaController.MANAGERS)
class PaperIdeaController {

	static final String MANAGERS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')";

	private final IdeaApi ideas;
	private final ProcessApi process;
	private final IdeaChoices choices;
	private final ProblemMessages problems;
	private final PaperIdeaSlips slips;

	PaperIdeaController(IdeaApi ideas, ProcessApi process, IdeaChoices choices, ProblemMessages problems,
			PaperIdeaSlips slips) {
		this.ideas = ideas;
		this.process = process;
		this.choices = choices;
		this.problems = problems;
		this.slips = slips;
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
			return entered(province, proposal.idea(), proposal.authorSecret(), null, locale, model, response);
		}
		catch (InputProblemsException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(province, form, PublicIdeaFormController.errors(e, form, problems), locale, model);
		}
	}

	/**
	 * The author's slip as a PDF in the chosen language; a secret that is no idea's of the province is 404. Without
	 * a PDF engine the page comes back with the link, so it can still be written by hand.
	 */
	@PostMapping("/p/{provinceCode}/participation/ideas/paper/slip")
	Object slip(@PathVariable String provinceCode, @RequestParam(required = false) String secret,
			@RequestParam(required = false) String language, Locale locale, Model model,
			HttpServletResponse response) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		IdeaView idea = ideas.findByAuthorSecret(province, secret)
			.orElseThrow(() -> new NotInProvinceException("secret", "?"));
		if (!PaperSlipLanguage.isKnown(language)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return entered(province, idea, secret, "idea.slip.languageUnknown", locale, model, response);
		}
		try {
			byte[] pdf = slips.pdf(province, secret, PaperSlipLanguage.of(language, locale)).orElseThrow();
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header("Cache-Control", "no-store")
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename("idea-slip-" + idea.id() + ".pdf").build().toString())
				.body(pdf);
		}
		catch (PdfNotAvailableException e) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return entered(province, idea, secret, "idea.slip.pdfUnavailable", locale, model, response);
		}
	}

	private String entered(ProvinceCode province, IdeaView idea, String secret, String slipError, Locale locale,
			Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("entered", idea);
		model.addAttribute("personalLink", slips.link(province, secret));
		model.addAttribute("slipSecret", secret);
		model.addAttribute("slipError", slipError);
		return page(province, fresh(), Map.of(), locale, model);
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
