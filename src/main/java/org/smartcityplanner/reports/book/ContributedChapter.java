package org.smartcityplanner.reports.book;

import java.util.List;

import org.smartcityplanner.documents.Block;
import org.smartcityplanner.documents.DocumentModel;

/**
 * A chapter whose content another module provides (participation, training); until that module exists, or
 * while it has nothing, the chapter shows the "no data yet" placeholder.
 */
final class ContributedChapter implements Chapter {

	private final String key;

	ContributedChapter(String key) {
		this.key = key;
	}

	@Override
	public void write(DocumentModel.Builder book, BookParts parts) {
		book.heading(1, parts.t("book.ch." + key));
		List<Block> blocks = parts.input().contributedChapters().getOrDefault(key, List.of());
		if (blocks.isEmpty()) {
			book.add(parts.placeholder());
		}
		blocks.forEach(book::add);
	}
}
