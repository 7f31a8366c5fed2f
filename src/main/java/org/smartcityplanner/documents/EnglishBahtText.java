package org.smartcityplanner.documents;

import org.smartcityplanner.shared.Baht;

/**
 * Amounts of baht in English words for the English book, the counterpart of the Thai "…บาทถ้วน":
 * "Eight hundred fifteen million two hundred thousand baht", "Twenty-one baht and twenty-five satang". Short
 * scale (million, billion, trillion); hyphenated tens; no "and" inside the number, as cheques write it.
 */
public final class EnglishBahtText {

	private static final String[] ONES = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
			"nineteen" };
	private static final String[] TENS = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
			"eighty", "ninety" };
	private static final String[] SCALES = { "", " thousand", " million", " billion", " trillion", " quadrillion" };

	private EnglishBahtText() {
	}

	/** The amount in English words, capitalised; "Zero baht" for nothing. */
	public static String of(Baht amount) {
		long satang = amount.satang();
		String sign = satang < 0 ? "minus " : "";
		satang = Math.abs(satang);
		long baht = satang / 100;
		long rest = satang % 100;
		String text;
		if (rest == 0) {
			text = sign + words(baht) + " baht";
		}
		else if (baht == 0) {
			text = sign + words(rest) + " satang";
		}
		else {
			text = sign + words(baht) + " baht and " + words(rest) + " satang";
		}
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A whole number of at most 18 digits in words: 1,000,001 = "one million one". */
	static String words(long number) {
		if (number == 0) {
			return ONES[0];
		}
		StringBuilder out = new StringBuilder();
		int scale = 0;
		while (number > 0) {
			int group = (int) (number % 1000);
			if (group > 0) {
				String part = hundreds(group) + SCALES[scale];
				out.insert(0, out.isEmpty() ? part : part + " ");
			}
			number /= 1000;
			scale++;
		}
		return out.toString();
	}

	private static String hundreds(int number) {
		StringBuilder out = new StringBuilder();
		if (number >= 100) {
			out.append(ONES[number / 100]).append(" hundred");
			number %= 100;
			if (number > 0) {
				out.append(' ');
			}
		}
		if (number >= 20) {
			out.append(TENS[number / 10]);
			if (number % 10 > 0) {
				out.append('-').append(ONES[number % 10]);
			}
		}
		else if (number > 0) {
			out.append(ONES[number]);
		}
		return out.toString();
	}
}
