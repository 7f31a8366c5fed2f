package org.smartcityplanner.documents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits Thai text into words: ICU's dictionary break iterator, corrected by a word list of smart-city and
 * government vocabulary and place names ({@code documents/thai-words.txt}) that ICU's dictionary cuts apart
 * ("บูรณา|การ", "อินโด|จีน", "ภาย|ใต้"), alone or in context ("เศรษฐกิจตะวัน|ออก"). LibreOffice breaks Thai
 * lines with the same ICU dictionary, so {@link #withLineBreaks(String)} marks only the listed words:
 * zero-width spaces (U+200B) on both sides, so the line breaker sees the word on its own and not run into its
 * neighbours, and word joiners (U+2060) between its letters, or only where the layout engine says it would break
 * the word (each joiner costs LibreOffice layout time). Both characters are invisible and left out of the
 * PDF's text; other text is left as it is.
 */
public final class ThaiWords {

	/** A place a line may break (Word and LibreOffice both honour it). */
	public static final char BREAK = '\u200B';

	/** No line break on either side. */
	public static final char JOIN = '\u2060';

	// making a break iterator costs more than using it; each thread keeps one
	private static final ThreadLocal<BreakIterator> ICU = ThreadLocal
		.withInitial(() -> BreakIterator.getWordInstance(ULocale.forLanguageTag("th")));

	private static final ThreadLocal<BreakIterator> CLUSTERS = ThreadLocal
		.withInitial(() -> BreakIterator.getCharacterInstance(ULocale.forLanguageTag("th")));

	private static final ThaiWords INSTANCE = new ThaiWords(load());

	private final List<String> listed;

	private ThaiWords(List<String> listed) {
		// longest first, so a listed compound wins over a listed word inside it
		this.listed = listed.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

	/** The segmenter with the built-in word list. */
	public static ThaiWords get() {
		return INSTANCE;
	}

	/** The listed words (the correction of ICU's dictionary). */
	public List<String> listedWords() {
		return listed;
	}

	/** The words of {@code text}; non-Thai stretches come out as ICU cuts them (numbers, Latin words, spaces). */
	public List<String> words(String text) {
		List<Integer> cuts = cuts(text);
		List<String> out = new ArrayList<>(cuts.size());
		for (int i = 0; i + 1 < cuts.size(); i++) {
			out.add(text.substring(cuts.get(i), cuts.get(i + 1)));
		}
		return out;
	}

	/**
	 * The text with line-break controls inside and around the listed words; unchanged when it holds none (the
	 * common case).
	 */
	public String withLineBreaks(String text) {
		return withLineBreaks(text, Map.of());
	}

	/**
	 * The text with line-break controls, joiners inside a listed word only at the positions {@code cuts} gives
	 * for it (where the layout engine would break it); a listed word {@code cuts} does not know is joined between
	 * all its letters.
	 */
	public String withLineBreaks(String text, Map<String, Set<Integer>> cuts) {
		if (text == null || !hasThai(text)) {
			return text;
		}
		List<String> present = present(text);
		if (present.isEmpty()) {
			return text;
		}
		StringBuilder out = null;
		int copied = 0;
		int from = 0;
		while (from < text.length()) {
			int[] hit = nextListed(present, text, from);
			if (hit == null) {
				break;
			}
			int start = hit[0];
			int end = hit[1];
			String word = text.substring(start, end);
			if (out == null) {
				out = new StringBuilder(text.length() + 32);
			}
			out.append(text, copied, start);
			if (start > 0 && isThai(text.charAt(start - 1)) && !endsWithControl(out)) {
				out.append(BREAK);
			}
			joinLetters(word, cuts.get(word), out);
			if (end < text.length() && isThai(text.charAt(end))) {
				out.append(BREAK);
			}
			copied = end;
			from = end;
		}
		if (out == null) {
			return text;
		}
		return out.append(text, copied, text.length()).toString();
	}

	/** The text without the controls {@link #withLineBreaks(String)} adds. */
	public static String withoutLineBreaks(String text) {
		return text.replace(String.valueOf(BREAK), "").replace(String.valueOf(JOIN), "");
	}

	private List<Integer> cuts(String text) {
		List<Integer> cuts = icuCuts(text);
		List<String> present = hasThai(text) ? present(text) : List.of();
		if (present.isEmpty()) {
			return cuts;
		}
		boolean[] blocked = new boolean[text.length() + 1];
		int from = 0;
		int[] hit;
		while ((hit = nextListed(present, text, from)) != null) {
			for (int p = hit[0] + 1; p < hit[1]; p++) {
				blocked[p] = true;
			}
			from = hit[1];
		}
		List<Integer> kept = new ArrayList<>(cuts.size() + 4);
		for (int cut : cuts) {
			if (!blocked[cut]) {
				kept.add(cut);
			}
		}
		// a listed word also ends and starts a word where ICU ran it into its neighbours
		from = 0;
		while ((hit = nextListed(present, text, from)) != null) {
			addSorted(kept, hit[0]);
			addSorted(kept, hit[1]);
			from = hit[1];
		}
		return kept;
	}

	private static void addSorted(List<Integer> cuts, int cut) {
		int at = java.util.Collections.binarySearch(cuts, cut);
		if (at < 0) {
			cuts.add(-at - 1, cut);
		}
	}

	/** The listed words that occur in {@code text}, longest first. */
	private List<String> present(String text) {
		List<String> found = new ArrayList<>(4);
		for (String word : listed) {
			if (text.contains(word)) {
				found.add(word);
			}
		}
		return found;
	}

	/** The leftmost of {@code words} at or after {@code from} (longest at that place), or null. */
	private static int[] nextListed(List<String> words, String text, int from) {
		int best = -1;
		int bestEnd = -1;
		for (String word : words) {
			int at = text.indexOf(word, from);
			if (at >= 0 && (best < 0 || at < best || (at == best && at + word.length() > bestEnd))) {
				best = at;
				bestEnd = at + word.length();
			}
		}
		return best < 0 ? null : new int[] { best, bestEnd };
	}

	private static List<Integer> icuCuts(String text) {
		BreakIterator words = ICU.get();
		words.setText(text);
		List<Integer> cuts = new ArrayList<>();
		for (int p = words.first(); p != BreakIterator.DONE; p = words.next()) {
			cuts.add(p);
		}
		return cuts;
	}

	/**
	 * The word with a joiner between each two of its letters (with their marks), except after a letter that
	 * carries a vowel or tone mark: a joiner there can make the PDF's text report the mark after the next letter
	 * ("อัจฉรยิะ"), which search then misses. LibreOffice's ICU may be older than ours and cut words ours keeps
	 * ("พื้น|ฐาน", "ภูมิอ|ากาศ"), so the joiners do not rely on where ICU cuts.
	 */
	private static void joinLetters(String word, Set<Integer> only, StringBuilder out) {
		BreakIterator clusters = CLUSTERS.get();
		clusters.setText(word);
		int prev = clusters.first();
		for (int p = clusters.next(); p != BreakIterator.DONE; p = clusters.next()) {
			if (prev > 0 && !isMark(word.charAt(prev - 1)) && (only == null || only.contains(prev))) {
				out.append(JOIN);
			}
			out.append(word, prev, p);
			prev = p;
		}
	}

	private static boolean isMark(char c) {
		return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
	}

	private static boolean endsWithControl(StringBuilder out) {
		return out.length() > 0 && out.charAt(out.length() - 1) == BREAK;
	}

	static boolean hasThai(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isThai(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isThai(char c) {
		return c >= '\u0E01' && c <= '\u0E5B';
	}

	private static List<String> load() {
		var in = Objects.requireNonNull(ThaiWords.class.getResourceAsStream("/documents/thai-words.txt"),
				"documents/thai-words.txt is missing");
		List<String> words = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words.stream().distinct().toList();
	}
}
