package org.smartcityplanner.participation.internal.idea;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.publicaccess.QrCodes;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.Span;

/**
 * The slip staff hand back to the author of an idea written on paper: the province, the idea's number and title,
 * what the personal link is for, its QR code and the link written out on two lines (the address, then the secret
 * part), large enough to type from, so nobody has to copy about seventy characters by hand into a small box. One
 * slip at the top of an A4 page between cut lines, in the author's language (Thai or English).
 */
final class PaperSlipDocument {

	static final int QR_PIXELS = 360;

	private PaperSlipDocument() {
	}

	/**
	 * @param text the slip's words by message key (in the slip's language)
	 */
	static Publication of(IdeaView idea, String provinceName, String link, Locale language, Instant madeAt,
			BiFunction<String, Object[], String> text) {
		int cut = link.lastIndexOf('/') + 1;
		String cutLine = text.apply("idea.slip.cutLine", new Object[0]);
		List<Part> parts = List.of(Part.Paragraph.centred(0, new Span(cutLine, false, false, 10)),
				Part.Paragraph.centred(6, new Span(text.apply("idea.slip.title", new Object[0]), true, false, 20)),
				Part.Paragraph.centred(0, Span.plain(text.apply("idea.slip.province",
						new Object[] { provinceName, String.valueOf(idea.id()) }))),
				Part.Paragraph.centred(6, new Span(idea.title(), true, false, 16)),
				new Part.Paragraph(List.of(Span.plain(text.apply("idea.slip.what", new Object[0]))),
						Part.Paragraph.Layout.LEFT, 6),
				new Part.Picture(QrCodes.png(link, QR_PIXELS), QR_PIXELS, QR_PIXELS, 4.0, "",
						text.apply("idea.slip.qrAlt", new Object[] { String.valueOf(idea.id()) })),
				Part.Paragraph.centred(0, new Span(link.substring(0, cut), false, false, 14)),
				Part.Paragraph.centred(0, new Span(link.substring(cut), true, false, 16)),
				Part.Paragraph.centred(6, new Span(text.apply("idea.slip.keep", new Object[0]), false, true, 12)),
				Part.Paragraph.centred(12, new Span(cutLine, false, false, 10)));
		return new Publication(text.apply("idea.slip.fileTitle", new Object[] { String.valueOf(idea.id()) }),
				language, madeAt, Map.of("participation-idea", String.valueOf(idea.id())), null, false, parts, false);
	}
}
