package org.smartcityplanner.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the numbered headings of a document in order: chapters "บทที่ 1" / "Chapter 1", then "1.1",
 * "1.1.1". Unnumbered headings get an empty number and do not advance the count.
 */
public final class HeadingNumbers {

	private HeadingNumbers() {
	}

	/** The number of each heading of {@code headings}, in the same order ("" for unnumbered ones). */
	public static List<String> of(List<Heading> headings, DocumentLanguage language) {
		int[] counters = new int[3];
		List<String> numbers = new ArrayList<>(headings.size());
		for (Heading heading : headings) {
			if (!heading.numbered()) {
				numbers.add("");
				continue;
			}
			int level = heading.level();
			counters[level - 1]++;
			for (int deeper = level; deeper < counters.length; deeper++) {
				counters[deeper] = 0;
			}
			numbers.add(number(counters, level, language));
		}
		return numbers;
	}

	/** The heading's text with its number in front. */
	public static String title(Heading heading, String number) {
		return number.isEmpty() ? heading.text() : number + " " + heading.text();
	}

	private static String number(int[] counters, int level, DocumentLanguage language) {
		if (level == 1) {
			return (language == DocumentLanguage.THAI ? "บทที่ " : "Chapter ") + counters[0];
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < level; i++) {
			out.append(i == 0 ? "" : ".").append(counters[i]);
		}
		return out.toString();
	}
}
