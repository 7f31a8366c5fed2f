package org.smartcityplanner.participation.web.idea;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.web.ProblemTexts;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The author's personal link (no account): where their idea stands, the reason it was hidden or declined, or the
 * plan item it became, its public history, and — once it is answered — a single rating of the answer, 1 to 5, with
 * an optional comment. The link's secret is the only key; a wrong one is simply not found. The path variable is
 * deliberately not {@code provinceCode}: the staff's province check must not apply to the public.
 */
@Controller
class AuthorLinkController {

	private final IdeaApi ideas;
	private final ProblemTexts problems;

	AuthorLinkController(IdeaApi ideas, ProblemTexts problems) {
		this.ideas = ideas;
		this.problems = problems;
	}

	@GetMapping("/public/{code}/ideas/mine/{secret}")
	String mine(@PathVariable String code, @PathVariable String secret, Model model, HttpServletResponse response) {
		return page(code, secret, model, Map.of(), response);
	}

	@PostMapping("/public/{code}/ideas/mine/{secret}/rating")
	String rate(@PathVariable String code, @PathVariable String secret,
			@RequestParam(defaultValue = "") String rating, @RequestParam(defaultValue = "") String comment,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Optional<IdeaView> idea = idea(code, secret);
		if (idea.isEmpty()) {
			return notFound(response);
		}
		model.addAttribute("typedComment", comment);
		model.addAttribute("typedRating", rating);
		try {
			ideas.rate(idea.get().province(), secret, stars(rating), comment);
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(code, secret, model, problems.byField(refused), response);
		}
		redirect.addFlashAttribute("flashSuccess", "participation.idea.mine.rated");
		return "redirect:/public/" + idea.get().province().value() + "/ideas/mine/" + secret;
	}

	private String page(String code, String secret, Model model, Map<String, ?> errors,
			HttpServletResponse response) {
		// the secret is in this page's address: links from it must not carry it to another site or log
		response.setHeader("Referrer-Policy", "no-referrer");
		Optional<IdeaView> idea = idea(code, secret);
		if (idea.isEmpty()) {
			return notFound(response);
		}
		model.addAttribute("idea", idea.get());
		model.addAttribute("secret", secret);
		model.addAttribute("history", ideas.history(idea.get().province(), idea.get().id()));
		model.addAttribute("errors", errors);
		return "participation/idea/mine";
	}

	private Optional<IdeaView> idea(String code, String secret) {
		if (!ProvinceCode.isValid(code) || secret == null || secret.length() > 200) {
			return Optional.empty();
		}
		try {
			return ideas.findByAuthorSecret(ProvinceCode.of(code), secret);
		}
		catch (NotInProvinceException | IllegalArgumentException unusable) {
			return Optional.empty();
		}
	}

	/** The rating as chosen; anything but a whole number is 0, which the life cycle refuses naming the field. */
	private static int stars(String rating) {
		String typed = rating.strip();
		return typed.matches("[1-9]") ? Integer.parseInt(typed) : 0;
	}

	private static String notFound(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "participation/idea/mine-not-found";
	}
}
