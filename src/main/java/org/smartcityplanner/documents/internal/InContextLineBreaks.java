package org.smartcityplanner.documents.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.smartcityplanner.documents.ThaiWords;
import org.smartcityplanner.documents.ThaiWords.Place;

/**
 * Puts Thai line-break marks only where the layout engine needs them, judged in context: a listed word must not
 * be broken inside (a word joiner U+2060 where the engine would break it) and may be broken on either side (a
 * zero-width space U+200B where the engine would not). Every mark is a layout portion of its own in LibreOffice,
 * and the engine mostly gets the listed words right in their sentences: marking each word blindly cost the large
 * book 21,658 zero-width spaces and thousands of joiners that changed nothing.
 * <p>
 * The context is the stretch of text between white space: the dictionary of the engine's line breaker segments
 * runs of Thai letters, and white space (always a break) ends a run and the pair rules around it. A mark changes
 * how the engine segments the letters around it, so the marked stretch is asked again until nothing is missing.
 */
final class InContextLineBreaks implements UnaryOperator<String> {

	/** A layout engine's line breaker. */
	@FunctionalInterface
	interface Breaker {

		/** The places (0 &lt; place &lt; length) where the engine may break a line in {@code text}. */
		Set<Integer> breaks(String text);
	}

	private final Breaker breaker;

	private final ThaiWords words = ThaiWords.get();

	// a book repeats its stretches (names of projects, goals, units) many times
	private final Map<String, String> marked = new HashMap<>();

	InContextLineBreaks(Breaker breaker) {
		this.breaker = breaker;
	}

	/** The text with the marks the engine needs; the same text when it holds no listed word. */
	@Override
	public String apply(String text) {
		if (words.listedIn(text).isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		int from = 0;
		while (from < text.length()) {
			int end = from;
			while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
				end++;
			}
			out.append(marked.computeIfAbsent(text.substring(from, end), this::mark));
			int next = end;
			while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
				next++;
			}
			out.append(text, end, next);
			from = next;
		}
		return out.toString();
	}

	private String mark(String stretch) {
		List<Place> places = words.listedIn(stretch);
		if (places.isEmpty()) {
			return stretch;
		}
		// marks[p]: the mark that goes before stretch.charAt(p), or 0
		char[] marks = new char[stretch.length() + 1];
		boolean added = true;
		while (added) {
			added = false;
			String text = withMarks(stretch, marks);
			boolean[] breaks = breaksInStretch(text, stretch.length());
			for (Place place : places) {
				added |= needsBreak(stretch, place.start(), breaks, marks);
				added |= needsBreak(stretch, place.end(), breaks, marks);
				for (int p = place.start() + 1; p < place.end(); p++) {
					if (breaks[p] && marks[p] == 0 && ThaiWords.mayJoinAt(stretch, p)) {
						marks[p] = ThaiWords.JOIN;
						added = true;
					}
				}
			}
		}
		return withMarks(stretch, marks);
	}

	/** Whether a zero-width space goes in at {@code at}: between two Thai letters where the engine would not break. */
	private static boolean needsBreak(String stretch, int at, boolean[] breaks, char[] marks) {
		if (at <= 0 || at >= stretch.length() || breaks[at] || marks[at] != 0
				|| !ThaiWords.isThai(stretch.charAt(at - 1)) || !ThaiWords.isThai(stretch.charAt(at))) {
			return false;
		}
		marks[at] = ThaiWords.BREAK;
		return true;
	}

	/** The engine's breaks in the marked text, as places in the unmarked one (a break after a mark is before it). */
	private boolean[] breaksInStretch(String text, int length) {
		boolean[] breaks = new boolean[length + 1];
		int[] unmarked = new int[text.length() + 1];
		for (int i = 0, p = 0; i <= text.length(); i++) {
			unmarked[i] = p;
			if (i < text.length() && !isMark(text.charAt(i))) {
				p++;
			}
		}
		for (int at : breaker.breaks(text)) {
			breaks[unmarked[at]] = true;
		}
		return breaks;
	}

	private static String withMarks(String stretch, char[] marks) {
		StringBuilder out = new StringBuilder(stretch.length() + 8);
		for (int p = 0; p < stretch.length(); p++) {
			if (marks[p] != 0) {
				out.append(marks[p]);
			}
			out.append(stretch.charAt(p));
		}
		return out.toString();
	}

	private static boolean isMark(char c) {
		return c == ThaiWords.BREAK || c == ThaiWords.JOIN;
	}
}
