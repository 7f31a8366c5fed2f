package org.smartcityplanner.participation;

import java.time.LocalDate;
import java.util.Objects;

import org.smartcityplanner.shared.ResourceRef;

/**
 * Something the people said that can shape a plan item: a meeting's resolution or a survey's finding. The plan
 * links its items to inputs by {@link #ref()} and shows them as "from the participation of …".
 *
 * @param ref the input's reference ({@code participation.resolution:<id>}, {@code participation.finding:<id>})
 * @param origin the meeting or survey it came from, by title
 * @param text what was resolved or found
 * @param date when the meeting was held or the survey closed (or was last answered)
 * @param path the page that shows it, relative to the application, e.g. {@code /p/TH-65/participation/meetings/7}
 */
public record ParticipationInput(ResourceRef ref, String origin, String text, LocalDate date, String path) {

	public ParticipationInput {
		Objects.requireNonNull(ref, "ref");
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(text, "text");
	}
}
