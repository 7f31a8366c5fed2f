package org.smartcityplanner.training.web;

import java.nio.charset.StandardCharsets;

import org.smartcityplanner.training.internal.MaterialFileUseCases;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer that hands out a material file, shared by the page and the API: the detected content type, the
 * original (sanitised) name, and nosniff so a browser never reinterprets an upload as something else.
 */
final class MaterialDownloads {

	private MaterialDownloads() {
	}

	static ResponseEntity<byte[]> of(MaterialFileUseCases.Content content) {
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
