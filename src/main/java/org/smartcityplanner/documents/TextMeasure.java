package org.smartcityplanner.documents;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Widths of text in the document font (the installed stand-in for TH SarabunPSK that LibreOffice also uses),
 * and the pieces of text a line may not break inside: a number, a Latin word, a Thai word.
 */
final class TextMeasure {

	/** AWT and LibreOffice round glyph advances differently; a little room keeps a measured word on one line. */
	private static final double SAFETY = 1.04;

	private static final float REFERENCE_SIZE = 100f;

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private static final Map<String, Double> REGULAR = new ConcurrentHashMap<>();

	private static final Map<String, Double> BOLD = new ConcurrentHashMap<>();

	private TextMeasure() {
	}

	/** Width of {@code text} in points at {@code sizePt}. */
	static double widthPt(String text, boolean bold, double sizePt) {
		if (text.isEmpty()) {
			return 0;
		}
		Map<String, Double> cache = bold ? BOLD : REGULAR;
		Double reference = cache.get(text);
		if (reference == null) {
			Font font = DrawingFonts.thai(bold ? Font.BOLD : Font.PLAIN, REFERENCE_SIZE);
			reference = font.getStringBounds(text, CONTEXT).getWidth();
			if (cache.size() < 200_000) {
				cache.put(text, reference);
			}
		}
		return reference * SAFETY * sizePt / REFERENCE_SIZE;
	}

	/** The pieces of one line of text that must stay whole: split at spaces, Thai split into words. */
	static List<String> unbreakable(String line) {
		List<String> pieces = new ArrayList<>();
		for (String chunk : line.split("[ \\t\\u00A0\\u200B]+")) {
			if (chunk.isEmpty()) {
				continue;
			}
			if (!ThaiWords.hasThai(chunk)) {
				pieces.add(chunk);
				continue;
			}
			String opening = "";
			for (String word : ThaiWords.get().words(chunk)) {
				if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
					pieces.add(opening + word);
					opening = "";
				}
				else if (word.matches("[(\\[{“‘\"']+")) {
					// no line break after an opening bracket or quote
					opening += word;
				}
				else if (!pieces.isEmpty()) {
					// nor before closing punctuation
					pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + word);
				}
				else {
					pieces.add(word);
				}
			}
			if (!opening.isEmpty()) {
				pieces.add(opening);
			}
		}
		return pieces;
	}
}
