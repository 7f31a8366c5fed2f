package org.smartcityplanner.reports.book;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.documents.DocumentDigest;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.Section;

/**
 * Appendix B, the facts of this edition: draft or final, when the version was saved and by whom (the person's
 * name, not their sign-in name), and the content fingerprint. The fingerprint is the SHA-256 of everything in the
 * book except its own line ({@link #withFingerprint}), so the number printed on paper is the one in the file's
 * properties and on the documents page, and anyone holding two printouts can compare them.
 */
final class EditionAppendix implements Chapter {

	/** The file property holding the fingerprint (the documents page shows the same value). */
	static final String FINGERPRINT_PROPERTY = "input-hash";

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	@Override
	public void write(DocumentModel.Builder book, BookParts parts) {
		BookInput input = parts.input();
		book.add(Heading.unnumbered(2, parts.t("book.appx.edition")));
		book.add(parts.labelled(parts.t("book.appx.editionLabel"), edition(parts)));
		book.add(parts.labelled(parts.t("book.appx.savedOn"), date(parts)));
		book.add(parts.labelled(parts.t("book.appx.savedBy"), input.savedByName()));
		book.add(parts.labelled(parts.t("book.appx.note"), parts.t("book.appx.fingerprintNote")));
	}

	/** "ร่าง" or "ฉบับสมบูรณ์": final only when the plan was approved when the version was saved. */
	static String edition(BookParts parts) {
		return parts.t(parts.input().version().finalEdition() ? "book.edition.final" : "book.edition.draft");
	}

	/** The day the version was saved, in the book's language and calendar. */
	static String date(BookParts parts) {
		LocalDate saved = LocalDate.ofInstant(parts.input().version().createdAt(), BANGKOK);
		return BookCalendar.date(saved, parts.texts().language());
	}

	/**
	 * The book with its fingerprint printed as the last line of appendix B and kept in the file properties: the
	 * SHA-256 of the book without that line.
	 */
	static DocumentModel withFingerprint(DocumentModel book, BookParts parts) {
		String fingerprint = DocumentDigest.sha256(book);
		List<Section> sections = new ArrayList<>(book.sections());
		Section last = sections.remove(sections.size() - 1);
		List<org.smartcityplanner.documents.Block> blocks = new ArrayList<>(last.blocks());
		blocks.add(parts.labelled(parts.t("book.appx.fingerprint"), fingerprint));
		sections.add(new Section(last.orientation(), blocks));
		return new DocumentModel(book.info().withProperty(FINGERPRINT_PROPERTY, fingerprint), book.page(),
				book.cover(), book.running(), sections, book.numberedCaptions());
	}
}
