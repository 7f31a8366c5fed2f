package org.smartcityplanner.participation.web.idea;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.idea.IdeaComments;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.survey.ProblemMessages;
import org.smartcityplanner.shared.NotInProvinceException;
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
 * Moderators' page of an idea's comments: every comment, hidden ones with their reason, and a form per published
 * comment to hide it with a reason (audited). The working group may look; the province team moderates.
 */
@Controller
@PreAuthorize(ParticipationAccess.READERS)
class IdeaCommentModerationController {

	private final IdeaApi ideas;
	private final IdeaComments comments;
	private final ProblemMessages problems;

	IdeaCommentModerationController(IdeaApi ideas, IdeaComments comments, ProblemMessages problems) {
		this.ideas = ideas;
		this.comments = comments;
		this.problems = problems;
	}

	@GetMapping("/p/{provinceCode}/participation/ideas/{id}/comments")
	String show(@PathVariable String provinceCode, @PathVariable long id, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		IdeaView idea = ideas.find(province, id).orElseThrow(() -> new NotInProvinceException("id", id));
		model.addAttribute("idea", idea);
		model.addAttribute("comments", comments.all(province, id));
		return "participation/idea/comments-staff";
	}

	@PostMapping("/p/{provinceCode}/participation/ideas/{id}/comments/{commentId}/hide")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String hide(@PathVariable String provinceCode, @PathVariable long id, @PathVariable long commentId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			comments.hide(province, id, commentId, reason);
			redirect.addFlashAttribute("flashSuccess", "participation.idea.comment.hidden");
		}
		catch (InputProblemsException e) {
			redirect.addFlashAttribute("hideErrors", problems.byField(e.problems()));
			redirect.addFlashAttribute("hideCommentId", commentId);
			redirect.addFlashAttribute("hideTyped", reason == null ? "" : reason);
		}
		return "redirect:/p/" + province.value() + "/participation/ideas/" + id + "/comments#comment-" + commentId;
	}
}
