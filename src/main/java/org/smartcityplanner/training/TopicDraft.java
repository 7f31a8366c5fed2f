package org.smartcityplanner.training;

/**
 * A topic as an admin edits it.
 *
 * @param titleTh Thai title
 * @param titleEn English title
 * @param objectivesTh Thai objectives, one per line
 * @param objectivesEn English objectives, one per line
 * @param durationMinutes teaching time as typed
 * @param materials one per line: {@code title | link}
 */
public record TopicDraft(String titleTh, String titleEn, String objectivesTh, String objectivesEn,
		String durationMinutes, String materials) {
}
