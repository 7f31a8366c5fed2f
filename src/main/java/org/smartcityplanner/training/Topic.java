package org.smartcityplanner.training;

import java.util.List;

import org.smartcityplanner.shared.LocalizedText;

/**
 * One topic of the curriculum.
 *
 * @param code stable code, e.g. {@code MINDSET}, shared by every version of the curriculum and by question banks
 * @param position order in the course, from 1
 * @param title topic title
 * @param objectives learning objectives, one per line
 * @param durationMinutes planned teaching time
 * @param materials handouts and links
 */
public record Topic(String code, int position, LocalizedText title, LocalizedText objectives, int durationMinutes,
		List<Material> materials) {

	public Topic {
		materials = List.copyOf(materials);
	}

	/** The objectives in the language of the locale, one per line. */
	public List<String> objectiveLines(java.util.Locale locale) {
		return objectives.in(locale).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/**
	 * A teaching material: a title and a link (an address on the web or on the provincial LAN), or only a title
	 * while its file is not yet available — then it is listed without a link rather than with one that leads
	 * nowhere.
	 *
	 * @param title what it is
	 * @param url where it is, or {@code null} when no file is attached yet
	 */
	public record Material(String title, String url) {

		/** Whether the material has somewhere to go. */
		public boolean linked() {
			return url != null && !url.isBlank();
		}
	}
}
