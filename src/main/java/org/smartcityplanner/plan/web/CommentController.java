package org.smartcityplanner.plan.web;

import static org.smartcityplanner.plan.web.PlanController.EDITORS;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanComments;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Comments on a plan item: every member of the province reads and writes them; editors mark them resolved.
 */
@Controller
class CommentController {

	private final PlanComments comments;
	private final PlanPageSupport pages;

	CommentController(PlanComments comments, PlanPageSupport pages) {
		this.comments = comments;
		this.pages = pages;
	}

	@GetMapping("/p/{provinceCode}/plan/items/{itemId}/comments")
	String comments(@PathVariable String provinceCode, @PathVariable String itemId, Model model) {
		LoadedPlan plan = pages.require(provinceCode);
		model.addAttribute("itemLabel", PlanPageSupport.itemLabel(plan, itemId));
		model.addAttribute("itemId", itemId);
		model.addAttribute("comments", comments.of(ProvinceCode.of(provinceCode), new ItemId(itemId)));
		model.addAttribute("maxLength", PlanComments.MAX_LENGTH);
		return "plan/comments";
	}

	@PostMapping("/p/{provinceCode}/plan/items/{itemId}/comments")
	String add(@PathVariable String provinceCode, @PathVariable String itemId,
			@RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
		try {
			comments.add(ProvinceCode.of(provinceCode), new ItemId(itemId), body);
			redirect.addFlashAttribute("flashSuccess", "plan.comment.added");
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("flashError", "plan.comment.refused");
			redirect.addFlashAttribute("draft", body);
		}
		return commentsPage(provinceCode, itemId);
	}

	@PostMapping("/p/{provinceCode}/plan/comments/{commentId}/resolve")
	@PreAuthorize(EDITORS)
	String resolve(@PathVariable String provinceCode, @PathVariable long commentId, @RequestParam String itemId,
			RedirectAttributes redirect) {
		boolean resolved = comments.resolve(ProvinceCode.of(provinceCode), commentId);
		redirect.addFlashAttribute(resolved ? "flashSuccess" : "flashError",
				resolved ? "plan.comment.resolved" : "plan.comment.notFound");
		return commentsPage(provinceCode, itemId);
	}

	private static String commentsPage(String provinceCode, String itemId) {
		return "redirect:/p/" + ProvinceCode.of(provinceCode).value() + "/plan/items/"
				+ new ItemId(itemId).value().replaceAll("[^A-Za-z0-9-]", "") + "/comments";
	}
}
