package org.smartcityplanner.reports.book;

import org.smartcityplanner.documents.Align;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.Run;
import org.smartcityplanner.profile.TargetAreaView;

/** Chapter 3: the positioning of the target areas, the vision and the missions. */
final class VisionChapter implements Chapter {

	@Override
	public void write(DocumentModel.Builder book, BookParts parts) {
		book.heading(1, parts.t("book.ch.vision"));
		book.heading(2, parts.t("book.vision.positioning"));
		if (parts.input().areas().isEmpty()) {
			book.add(parts.placeholder());
		}
		for (TargetAreaView area : parts.input().areas()) {
			book.add(parts.labelled(area.name().in(parts.texts().locale()) + ":", area.positioning()));
		}
		book.heading(2, parts.t("book.vision.vision"));
		String vision = parts.input().plan().vision();
		if (vision.isBlank()) {
			book.add(parts.placeholder());
		}
		else {
			book.add(new Paragraph(java.util.List.of(new Run("“" + vision.strip() + "”", true, false, 18)), Align.CENTER,
					false, 6));
		}
		book.heading(2, parts.t("book.vision.missions"));
		parts.list(book, parts.input().plan().missions());
	}
}
