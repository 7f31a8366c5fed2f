package org.smartcityplanner.engagement.internal.workplan;

import java.time.Instant;

/**
 * One uploaded version of a deliverable's file (without its bytes).
 *
 * @param id the file's id, used in its download address
 * @param workItemId the deliverable
 * @param versionNo 1 for the first upload, then 2, 3…
 * @param fileName sanitised name with the extension of the detected type
 * @param contentType media type detected from the content
 * @param sizeBytes size
 * @param uploadedBy who uploaded it (sign-in name)
 * @param uploadedAt when
 */
public record DeliverableFile(long id, long workItemId, int versionNo, String fileName, String contentType,
		long sizeBytes, String uploadedBy, Instant uploadedAt) {

	/**
	 * A file with its bytes.
	 *
	 * @param file the description
	 * @param bytes the content
	 */
	public record Content(DeliverableFile file, byte[] bytes) {
	}
}
