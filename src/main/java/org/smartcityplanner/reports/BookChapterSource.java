package org.smartcityplanner.reports;

import java.util.List;

import org.smartcityplanner.documents.Block;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * Fills one contributed chapter of the master-plan book ({@code participation} or {@code training}). Declare
 * an implementation as a Spring bean (e.g. in {@code reports.training}); a chapter without a source, or whose
 * source returns no blocks, prints the "no data yet" placeholder.
 */
public interface BookChapterSource {

	/** The chapter filled: {@code participation} or {@code training}. */
	String chapterKey();

	/** The chapter's content below its title, in the book's language. */
	List<Block> blocks(ProvinceCode province, DocumentLanguage language);
}
