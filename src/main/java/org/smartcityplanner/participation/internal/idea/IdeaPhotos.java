package org.smartcityplanner.participation.internal.idea;

import java.time.Clock;
import java.util.Optional;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.domain.idea.PhotoUpload;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photo of an idea, as {@link PhotoUpload} re-encoded it: metadata-free, at most its longest-side limit. Only
 * public ideas' photos are served; a hidden idea's photo stays stored for its moderators.
 */
@Service
public class IdeaPhotos {

	private final JdbcClient jdbc;
	private final IdeaApi ideas;
	private final Clock clock;

	IdeaPhotos(JdbcClient jdbc, IdeaApi ideas, Clock clock) {
		this.jdbc = jdbc;
		this.ideas = ideas;
		this.clock = clock;
	}

	/** A stored photo. */
	public record StoredPhoto(String contentType, byte[] bytes, int width, int height) {
	}

	/**
	 * Stores the photo of a newly proposed idea. A replayed proposal (same form sent twice) keeps the first photo.
	 */
	@Transactional
	public void attach(ProvinceCode province, long ideaId, PhotoUpload.Photo photo) {
		if (ideas.find(province, ideaId).isEmpty()) {
			throw new org.smartcityplanner.shared.NotInProvinceException("id", ideaId);
		}
		jdbc.sql("""
				insert into par_idea_photo (idea_id, content_type, bytes, width, height, created_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(ideaId, photo.contentType(), photo.bytes(), photo.width(), photo.height(), Utc.of(clock.instant()))
			.update();
	}

	/** The photo of one of the province's public ideas; none for a hidden idea or another province's. */
	@Transactional(readOnly = true)
	public Optional<StoredPhoto> publicPhoto(ProvinceCode province, long ideaId) {
		if (ideas.find(province, ideaId).filter(i -> i.status().isPublic()).isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("select content_type, bytes, width, height from par_idea_photo where idea_id = ?")
			.param(ideaId)
			.query((rs, n) -> new StoredPhoto(rs.getString("content_type"), rs.getBytes("bytes"), rs.getInt("width"),
					rs.getInt("height")))
			.optional();
	}

	/** The photo's size when the idea has one, for the page's {@code img} (no layout shift on a phone). */
	@Transactional(readOnly = true)
	public Optional<int[]> size(long ideaId) {
		return jdbc.sql("select width, height from par_idea_photo where idea_id = ?").param(ideaId)
			.query((rs, n) -> new int[] { rs.getInt("width"), rs.getInt("height") }).optional();
	}
}
