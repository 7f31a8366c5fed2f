package org.smartcityplanner.training.internal;

import java.time.Instant;

/**
 * A file attached to a curriculum topic's material (without its bytes).
 *
 * @param id the file's id, used in its download address
 * @param topicCode the topic, e.g. {@code MINDSET}
 * @param title the material's title in the topic, which the file is attached to
 * @param fileName the sanitised file name, with the extension of the detected type
 * @param contentType the media type detected from the content
 * @param sizeBytes the size
 * @param uploadedBy who attached it
 * @param uploadedAt when
 */
public record MaterialFile(long id, String topicCode, String title, String fileName, String contentType,
		long sizeBytes, String uploadedBy, Instant uploadedAt) {

	/** The address the curriculum page links the material to. */
	public String downloadPath() {
		return "/training/curriculum/materials/" + id;
	}

	/** The key {@link MaterialFileUseCases#attachedFiles()} files are found by. */
	public static String key(String topicCode, String title) {
		return topicCode + "|" + title;
	}
}
