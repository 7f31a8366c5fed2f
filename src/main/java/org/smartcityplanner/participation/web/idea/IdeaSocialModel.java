package org.smartcityplanner.participation.web.idea;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.internal.idea.IdeaComments;
import org.smartcityplanner.participation.internal.idea.IdeaPhotos;
import org.smartcityplanner.participation.internal.idea.IdeaSupports;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What an idea's public page shows of the public's part: its photo, whether this participant supports it, the
 * published comments and a fresh comment form (its key and the guard's stamp). The idea page's controller adds it;
 * the fragments in {@code participation/idea/social.html} print it.
 */
@Component
public class IdeaSocialModel {

	/** The guard's name of the comment form (rate limits are counted per form). */
	static final String COMMENT_FORM = "idea-comment";

	private final IdeaSupports supports;
	private final IdeaComments comments;
	private final IdeaPhotos photos;
	private final ParticipantKeys participants;
	private final PublicFormGuard guard;
	private final ProcessApi process;
	private final Clock clock;

	IdeaSocialModel(IdeaSupports supports, IdeaComments comments, IdeaPhotos photos, ParticipantKeys participants,
			PublicFormGuard guard, ProcessApi process, Clock clock) {
		this.supports = supports;
		this.comments = comments;
		this.photos = photos;
		this.participants = participants;
		this.guard = guard;
		this.process = process;
		this.clock = clock;
	}

	/** Adds the photo, support state, comments and comment form of one of the province's public ideas. */
	public void addTo(Model model, ProvinceCode province, long ideaId, HttpServletRequest request) {
		model.addAttribute("ideasOpen", process.isOpen(province, IdeaApi.TOOL));
		model.addAttribute("photoSize", photos.size(ideaId).orElse(null));
		model.addAttribute("supported", supports.supported(ideaId, participants.of(request)));
		model.addAttribute("comments", comments.published(province, ideaId));
		model.addAttribute("commentStamp", guard.formStamp(COMMENT_FORM, clock.instant()));
		// a refused comment comes back with its text and problems (flash); a fresh page has neither
		if (!model.containsAttribute("commentErrors")) {
			model.addAttribute("commentErrors", java.util.Map.of());
		}
		if (!model.containsAttribute("commentTyped")) {
			model.addAttribute("commentTyped", "");
		}
		if (!model.containsAttribute("commentKey")) {
			// a refused comment comes back with its own key (flash), so its retry is still the same comment
			model.addAttribute("commentKey", UUID.randomUUID().toString());
		}
	}
}
