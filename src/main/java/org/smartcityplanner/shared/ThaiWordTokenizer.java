package org.smartcityplanner.shared;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Splits text into words for word searches and comparisons (the case library, similar citizens' ideas). Thai is
 * written without spaces between words, so the JDK's dictionary-based word iterator for the Thai locale finds the
 * boundaries ("เมืองอัจฉริยะ" → "เมือง", "อัจฉริยะ"); Latin words are lower-cased. Punctuation, spaces and
 * one-letter Latin words are dropped, and so are a few Thai function words that would match nearly every text.
 */
public final class ThaiWordTokenizer {

	private static final Locale THAI = Locale.forLanguageTag("th-TH");
	private static final java.util.Set<String> STOP_WORDS = java.util.Set.of("การ", "ความ", "และ", "ที่", "ใน",
			"ของ", "ให้", "เป็น", "มี", "ได้", "the", "and", "of", "in", "to", "for", "a", "an", "with", "on");
	static final int MAX_TOKEN = 100;

	private ThaiWordTokenizer() {
	}

	/** The words of the text with how often each occurs, in order of first occurrence. */
	public static Map<String, Integer> tokens(String text) {
		Map<String, Integer> tokens = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return tokens;
		}
		String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		BreakIterator words = BreakIterator.getWordInstance(THAI);
		words.setText(normal);
		int start = words.first();
		for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			String word = normal.substring(start, end).strip();
			if (isWord(word) && !STOP_WORDS.contains(word)) {
				tokens.merge(word.length() > MAX_TOKEN ? word.substring(0, MAX_TOKEN) : word, 1, Integer::sum);
			}
		}
		return tokens;
	}

	private static boolean isWord(String word) {
		if (word.isEmpty() || !word.codePoints().anyMatch(Character::isLetterOrDigit)) {
			return false;
		}
		boolean thai = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI);
		return thai || word.length() > 1;
	}
}
