package org.smartcityplanner.participation.web.idea;

import jakarta.servlet.http.HttpServletRequest;

import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.idea.IdeaComments;
import org.smartcityplanner.participation.internal.idea.PublicIdeaInput;
import org.smartcityplanner.participation.web.survey.ProblemMessages;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A citizen's comment on an idea (no account), behind the shared public-form guard. The form's key makes a double
 * tap or a retry one comment; a refused comment goes back to the idea's page with the text kept and the problem
 * next to the field.
 */
@Controller
class IdeaCommentController {

	private final IdeaComments comments;
	private final ParticipantKeys participants;
	private final PublicFormGuard guard;
	private final ProblemMessages problems;

	IdeaCommentController(IdeaComments comments, ParticipantKeys participants, PublicFormGuard guard,
			ProblemMessages problems) {
		this.comments = comments;
		this.participants = participants;
		this.guard = guard;
		this.problems = problems;
	}

	@PostMapping("/public/{code}/ideas/{id}/comments")
	String comment(@PathVariable String code, @PathVariable("id") String rawId,
			@RequestParam(required = false) String body, @RequestParam(required = false) String idempotencyKey,
			@RequestParam(required = false) String website, @RequestParam(required = false) String stamp,
			HttpServletRequest request, RedirectAttributes redirect) {
		ProvinceCode province = IdeaSocialPaths.province(code, rawId);
		long id = IdeaSocialPaths.id(rawId);
		String back = "redirect:" + IdeaSocialPaths.idea(province, id) + "#comments";
		PublicFormGuard.Verdict verdict = guard.judge(IdeaSocialModel.COMMENT_FORM, request.getRemoteAddr(), website,
				stamp);
		if (verdict != PublicFormGuard.Verdict.PASS) {
			redirect.addFlashAttribute("flashError", switch (verdict) {
				case RATE_LIMITED -> "participation.idea.comment.rateLimited";
				case TOO_FAST_OR_STALE -> "participation.idea.comment.tooFast";
				default -> "participation.idea.comment.refused";
			});
			return keep(redirect, body, idempotencyKey, back);
		}
		try {
			PublicIdeaInput outcome = comments.comment(province, id, participants.of(request), body, idempotencyKey);
			if (outcome.accepted()) {
				redirect.addFlashAttribute("flashSuccess", "participation.idea.comment.stored");
				return back;
			}
			redirect.addFlashAttribute("flashError", "participation.idea.social.closed");
			return keep(redirect, body, idempotencyKey, back);
		}
		catch (InputProblemsException e) {
			redirect.addFlashAttribute("commentErrors", problems.byField(e.problems()));
			return keep(redirect, body, idempotencyKey, back);
		}
	}

	/** Back to the idea with what was typed and the same key, so nothing typed is lost and a retry stays one. */
	private static String keep(RedirectAttributes redirect, String body, String idempotencyKey, String back) {
		redirect.addFlashAttribute("commentTyped", body == null ? "" : body);
		if (idempotencyKey != null && idempotencyKey.matches("[A-Za-z0-9_-]{16,64}")) {
			redirect.addFlashAttribute("commentKey", idempotencyKey);
		}
		return back;
	}
}
