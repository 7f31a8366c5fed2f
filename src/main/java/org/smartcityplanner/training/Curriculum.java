package org.smartcityplanner.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of the Smart City curriculum. Versions are never changed: an edit makes the next version, and each
 * cohort keeps the version it was planned with.
 *
 * @param id database id
 * @param versionNo 1, 2, ...
 * @param note what changed
 * @param createdAt when the version was made
 * @param createdBy who made it
 * @param topics the topics in order
 */
public record Curriculum(long id, int versionNo, String note, Instant createdAt, String createdBy, List<Topic> topics) {

	public Curriculum {
		topics = List.copyOf(topics);
	}

	public Optional<Topic> topic(String code) {
		return topics.stream().filter(topic -> topic.code().equals(code)).findFirst();
	}

	/** The whole course's teaching time in minutes. */
	public int totalMinutes() {
		return topics.stream().mapToInt(Topic::durationMinutes).sum();
	}
}
