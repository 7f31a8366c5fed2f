package org.smartcityplanner.publication;

import java.util.List;
import java.util.Objects;

/**
 * The content of one chapter of the master-plan book. The book owns the chapter's place and title (one slot per
 * key, titled by the message {@code book.ch.<key>}); the contribution fills the body below the title. Book
 * chapters print on portrait pages, so a {@link Part.Landscape} in them is ignored.
 *
 * @param key   the chapter slot filled: {@code participation} or {@code training}
 * @param parts the body, in order
 */
public record ChapterContribution(String key, List<Part> parts) {

	public ChapterContribution {
		Objects.requireNonNull(key, "key");
		parts = List.copyOf(parts);
	}
}
