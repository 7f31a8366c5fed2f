package org.smartcityplanner.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import com.sun.star.i18n.XBreakIterator;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.PdfTestEngine;
import org.smartcityplanner.documents.ThaiWords;
import org.smartcityplanner.documents.ThaiWords.Place;

/**
 * The marks LibreOffice's own line breaker asks for keep every listed word of the book's Thai texts whole, and
 * leave each free to break at its edges, judged on whole paragraphs (the marker judges stretches between white
 * space: this checks that the rest of the paragraph does not change LibreOffice's cuts).
 */
class LibreOfficeLineBreaksTests {

	@Test
	void noListedWordOfTheBooksTextsCanBeBrokenInsideInTheirParagraphs() throws Exception {
		LibreOfficePdf pdf = PdfTestEngine.get();
		List<String> paragraphs = bookTexts();
		List<String> marked = new ArrayList<>();
		List<Set<Integer>> breaks = new ArrayList<>();
		pdf.execute(context -> {
			XBreakIterator breaker = LibreOfficeLineBreaks.lineBreaker(context);
			InContextLineBreaks marker = new InContextLineBreaks(text -> LibreOfficeLineBreaks.breaksOf(breaker, text));
			for (String paragraph : paragraphs) {
				String text = marker.apply(paragraph);
				marked.add(text);
				breaks.add(LibreOfficeLineBreaks.breaksOf(breaker, text));
			}
		});

		int words = 0;
		long marks = 0;
		for (int i = 0; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i);
			String withMarks = marked.get(i);
			assertThat(ThaiWords.withoutLineBreaks(withMarks)).isEqualTo(text);
			boolean[] canBreak = inText(withMarks, breaks.get(i), text.length());
			for (Place place : ThaiWords.get().listedIn(text)) {
				words++;
				for (int p = place.start() + 1; p < place.end(); p++) {
					assertThat(canBreak[p] && ThaiWords.mayJoinAt(text, p)).as("broken at %d: %s", p, withMarks)
						.isFalse();
				}
				for (int edge : new int[] { place.start(), place.end() }) {
					if (edge > 0 && edge < text.length() && ThaiWords.isThai(text.charAt(edge - 1))
							&& ThaiWords.isThai(text.charAt(edge))) {
						assertThat(canBreak[edge]).as("no break at %d: %s", edge, withMarks).isTrue();
					}
				}
			}
			marks += withMarks.length() - text.length();
		}
		assertThat(words).isGreaterThan(100);
		long blind = paragraphs.stream().mapToLong(p -> ThaiWords.get().withLineBreaks(p).length() - p.length()).sum();
		assertThat(marks).as("marks needed, against marking every word").isLessThan(blind / 2);
	}

	/** Where a line may break, as places in the unmarked text. */
	private static boolean[] inText(String marked, Set<Integer> breaks, int length) {
		boolean[] out = new boolean[length + 1];
		int letters = 0;
		for (int i = 0; i < marked.length(); i++) {
			if (breaks.contains(i)) {
				out[letters] = true;
			}
			char c = marked.charAt(i);
			if (c != ThaiWords.BREAK && c != ThaiWords.JOIN) {
				letters++;
			}
		}
		return out;
	}

	private static List<String> bookTexts() throws Exception {
		Properties messages = new Properties();
		try (var in = LibreOfficeLineBreaksTests.class.getResourceAsStream("/messages_th.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages.stringPropertyNames().stream().filter(key -> key.startsWith("book."))
			.map(messages::getProperty).filter(text -> !ThaiWords.get().listedIn(text).isEmpty()).sorted().toList();
	}
}
