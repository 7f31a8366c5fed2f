package org.smartcityplanner.participation.web.idea;

import java.util.concurrent.TimeUnit;

import org.smartcityplanner.participation.internal.idea.IdeaPhotos;
import org.smartcityplanner.participation.internal.idea.IdeaPhotos.StoredPhoto;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An idea's photo for the public. It is served with the type its bytes were checked to be and {@code nosniff}, so
 * no browser runs it as anything else; a hidden idea's photo answers 404 like one that never existed. Short-lived
 * caching only: a moderator hiding the idea takes the photo off within minutes.
 */
@Controller
class IdeaPhotoController {

	private final IdeaPhotos photos;

	IdeaPhotoController(IdeaPhotos photos) {
		this.photos = photos;
	}

	@GetMapping("/public/{code}/ideas/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable String code, @PathVariable String id) {
		if (!ProvinceCode.isValid(code) || !id.matches("\\d{1,18}")) {
			return ResponseEntity.notFound().build();
		}
		StoredPhoto photo = photos.publicPhoto(ProvinceCode.of(code), Long.parseLong(id)).orElse(null);
		if (photo == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
			.body(photo.bytes());
	}
}
