package org.smartcityplanner.participation.web.idea;

import jakarta.servlet.http.HttpServletRequest;

import org.smartcityplanner.participation.internal.idea.IdeaSupports;
import org.smartcityplanner.participation.internal.idea.PublicIdeaInput;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A citizen's support for an idea (no account): one per participant, however often the button is pressed, then
 * back to the idea's page, which says what happened.
 */
@Controller
class IdeaSupportController {

	private final IdeaSupports supports;
	private final ParticipantKeys participants;

	IdeaSupportController(IdeaSupports supports, ParticipantKeys participants) {
		this.supports = supports;
		this.participants = participants;
	}

	@PostMapping("/public/{code}/ideas/{id}/support")
	String support(@PathVariable String code, @PathVariable("id") String rawId, HttpServletRequest request,
			RedirectAttributes redirect) {
		ProvinceCode province = IdeaSocialPaths.province(code, rawId);
		long id = IdeaSocialPaths.id(rawId);
		PublicIdeaInput outcome = supports.support(province, id, participants.of(request));
		redirect.addFlashAttribute(outcome.accepted() ? "flashSuccess" : "flashError", messageOf(outcome));
		return "redirect:" + IdeaSocialPaths.idea(province, id);
	}

	static String messageOf(PublicIdeaInput outcome) {
		return switch (outcome) {
			case STORED -> "participation.idea.support.stored";
			case ALREADY_STORED -> "participation.idea.support.already";
			case CLOSED -> "participation.idea.social.closed";
			case DECIDED -> "participation.idea.support.decided";
		};
	}
}
