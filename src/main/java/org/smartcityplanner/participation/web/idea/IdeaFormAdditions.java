package org.smartcityplanner.participation.web.idea;

import java.io.IOException;
import java.util.List;

import org.smartcityplanner.participation.domain.idea.IdeaRules;
import org.smartcityplanner.participation.domain.idea.PhotoUpload;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.idea.IdeaPhotos;
import org.smartcityplanner.participation.internal.idea.SimilarIdeaFinder;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The propose form's two additions: the "check similar ideas" step (nothing stored, no attempt counted against the
 * guard's limit) and the optional photo, checked before the idea is stored so a refused photo stores nothing and
 * the form comes back with everything typed.
 */
@Component
class IdeaFormAdditions {

	private final SimilarIdeaFinder similar;
	private final IdeaPhotos photos;

	IdeaFormAdditions(SimilarIdeaFinder similar, IdeaPhotos photos) {
		this.similar = similar;
		this.photos = photos;
	}

	/** A photo checked and re-encoded, or the problem naming the field {@code photo}; both empty without a file. */
	record CheckedPhoto(PhotoUpload.Photo photo, List<Problem> problems) {

		static final CheckedPhoto NONE = new CheckedPhoto(null, List.of());
	}

	/** Shows the province's ideas like the typed one above the form. */
	void showSimilar(Model model, ProvinceCode province, String title, String description, MultipartFile photo) {
		model.addAttribute("similarChecked", true);
		// only as much text as an idea may have: a megabyte pasted into the form is not cut into words
		model.addAttribute("similarIdeas", similar.similar(province, cut(title, IdeaRules.MAX_TITLE),
				cut(description, IdeaRules.MAX_DESCRIPTION)));
		// a browser never sends a chosen file back into a form shown again: say so rather than lose it silently
		model.addAttribute("photoAgain", photo != null && !photo.isEmpty());
	}

	CheckedPhoto check(MultipartFile photo) {
		if (photo == null || photo.isEmpty()) {
			return CheckedPhoto.NONE;
		}
		if (photo.getSize() > PhotoUpload.MAX_BYTES) {
			return refused(PhotoUpload.Problem.TOO_LARGE);
		}
		PhotoUpload.Result result;
		try {
			result = PhotoUpload.accept(photo.getBytes());
		}
		catch (IOException e) {
			return refused(PhotoUpload.Problem.UNREADABLE);
		}
		return result.accepted() ? new CheckedPhoto(result.photo(), List.of()) : refused(result.problem());
	}

	/** Stores the photo of the idea just proposed (a replay keeps the photo stored first). */
	void attach(ProvinceCode province, long ideaId, CheckedPhoto checked) {
		if (checked.photo() != null) {
			photos.attach(province, ideaId, checked.photo());
		}
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static CheckedPhoto refused(PhotoUpload.Problem problem) {
		String key = switch (problem) {
			case TOO_LARGE -> "participation.idea.photo.tooLarge";
			case NOT_A_PHOTO -> "participation.idea.photo.notAPhoto";
			case UNREADABLE -> "participation.idea.photo.unreadable";
		};
		return new CheckedPhoto(null, List.of(Problem.of("photo", key)));
	}
}
