package org.smartcityplanner.engagement.web.workplan;

import java.nio.charset.StandardCharsets;

import org.smartcityplanner.engagement.internal.workplan.DeliverableFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer that hands out a deliverable's file, for the page and the API: the type detected at upload, the
 * sanitised name, and nosniff so a browser never reinterprets the upload as something else.
 */
final class DeliverableDownloads {

	private DeliverableDownloads() {
	}

	static ResponseEntity<byte[]> of(DeliverableFile.Content content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(content.file().fileName(), StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentLength(content.bytes().length)
			.body(content.bytes());
	}
}
