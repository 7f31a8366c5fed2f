package org.smartcityplanner.participation.web.idea;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.internal.idea.IdeaDecisions;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.ProblemTexts;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * One idea for the staff: what was proposed, its public history, and — for the province team — hide with a reason,
 * restore, accept as a plan item or decline with a reason. A refused step shows the page again with the problem by
 * its field and the typed reason kept; a step over someone else's newer change shows their state and keeps what was
 * typed, so nothing typed is lost.
 */
@Controller
@PreAuthorize(ParticipationAccess.READERS)
class StaffIdeaController {

	private final IdeaApi ideas;
	private final IdeaDecisions decisions;
	private final StaffIdeaChoices choices;
	private final ProblemTexts problems;

	StaffIdeaController(IdeaApi ideas, IdeaDecisions decisions, StaffIdeaChoices choices, ProblemTexts problems) {
		this.ideas = ideas;
		this.decisions = decisions;
		this.choices = choices;
		this.problems = problems;
	}

	@GetMapping("/p/{provinceCode}/participation/ideas/{ideaId}")
	String show(@PathVariable String provinceCode, @PathVariable long ideaId, Model model) {
		return page(ProvinceCode.of(provinceCode), ideaId, model, null, Map.of());
	}

	@PostMapping("/p/{provinceCode}/participation/ideas/{ideaId}/hide")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String hide(@PathVariable String provinceCode, @PathVariable long ideaId, @RequestParam int version,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		model.addAttribute("hideReason", reason);
		return step(ProvinceCode.of(provinceCode), ideaId, "hide", model, redirect, response,
				() -> ideas.hide(ProvinceCode.of(provinceCode), ideaId, version, reason));
	}

	@PostMapping("/p/{provinceCode}/participation/ideas/{ideaId}/restore")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String restore(@PathVariable String provinceCode, @PathVariable long ideaId, @RequestParam int version,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(ProvinceCode.of(provinceCode), ideaId, "restore", model, redirect, response,
				() -> ideas.restore(ProvinceCode.of(provinceCode), ideaId, version));
	}

	@PostMapping("/p/{provinceCode}/participation/ideas/{ideaId}/accept")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String accept(@PathVariable String provinceCode, @PathVariable long ideaId, @RequestParam int version,
			@RequestParam(defaultValue = "") String planItem, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		model.addAttribute("chosenItem", planItem);
		return step(ProvinceCode.of(provinceCode), ideaId, "accept", model, redirect, response,
				() -> decisions.accept(ProvinceCode.of(provinceCode), ideaId, version, planItem));
	}

	@PostMapping("/p/{provinceCode}/participation/ideas/{ideaId}/decline")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String decline(@PathVariable String provinceCode, @PathVariable long ideaId, @RequestParam int version,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		model.addAttribute("declineReason", reason);
		return step(ProvinceCode.of(provinceCode), ideaId, "decline", model, redirect, response,
				() -> ideas.decline(ProvinceCode.of(provinceCode), ideaId, version, reason));
	}

	/** Takes one step, then back to the idea with its message; or the page again saying why not. */
	private String step(ProvinceCode province, long ideaId, String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Supplier<IdeaView> step) {
		try {
			step.get();
		}
		catch (NotInProvinceException e) {
			if (!IdeaDecisions.PLAN_ITEM.equals(e.field())) {
				throw e;
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(province, ideaId, model, action, problems.byField(
					new InvalidInputException("participation.idea.accept.planItemUnknown", e.id())));
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(province, ideaId, model, action, problems.byField(e));
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(province, ideaId, model, action,
					problems.byField(new InvalidInputException("participation.idea.staff.changedMeanwhile")));
		}
		redirect.addFlashAttribute("flashSuccess", "participation.idea.staff.done." + action);
		return "redirect:/p/" + province.value() + "/participation/ideas/" + ideaId;
	}

	private String page(ProvinceCode province, long ideaId, Model model, String action, Map<String, ?> errors) {
		IdeaView idea = ideas.find(province, ideaId).orElseThrow(() -> new NotInProvinceException("ideaId", ideaId));
		choices.addTo(model, province);
		model.addAttribute("idea", idea);
		model.addAttribute("history", ideas.history(province, ideaId));
		model.addAttribute("planItems", idea.status().isDecided() ? List.of() : decisions.planItems(province));
		model.addAttribute("action", action);
		model.addAttribute("errors", errors);
		return "participation/idea/staff-idea";
	}
}
