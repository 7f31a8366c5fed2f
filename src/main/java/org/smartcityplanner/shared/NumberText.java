package org.smartcityplanner.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as people type them, read in one place for every field (money, counts, KPI values, population, years):
 * before, each form had its own rules and "35,000" was a population some pages refused. Accepted:
 * <ul>
 * <li>digits, optionally with thousands separators (comma, space or no-break space) between groups of three:
 * {@code 35000}, {@code 35,000}, {@code 35 000};</li>
 * <li>Thai digits ({@code ๓๕,๐๐๐}), a leading sign ({@code -}, {@code +} or the minus sign U+2212), a fraction after a
 * point ({@code 12.5}, {@code .5}), spaces around.</li>
 * </ul>
 * Refused, never guessed: anything else ({@code abc}, {@code 1e3}, {@code 12,50} - a European 12.50 that would
 * otherwise be read as 1,250 - and {@code 1,2345}).
 */
public final class NumberText {

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[, \u00a0]\\d{3})+");
	private static final Pattern PLAIN = Pattern.compile("\\d*");
	private static final Pattern SEPARATED = Pattern.compile("[\\d, \u00a0]+");

	/** Longer numbers are typing slips; refusing them also keeps {@link BigDecimal} from huge allocations. */
	private static final int MAX_DIGITS = 40;

	private NumberText() {
	}

	/**
	 * Why a text is not a number.
	 */
	public enum Problem {
		/** Not digits, separators, a sign and a point as described above. */
		NOT_A_NUMBER,
		/** Thousands separators that do not group three digits ({@code 12,50}). */
		GROUPING,
		/** A fraction where a whole number is needed, or a whole number too large for its type. */
		NOT_WHOLE
	}

	/** A text that is not a number, with the reason. */
	public static final class NotANumberException extends IllegalArgumentException {

		private final Problem problem;

		NotANumberException(Problem problem, String text) {
			super(problem + ": \"" + text + "\"");
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}
	}

	/**
	 * The number in {@code text}.
	 *
	 * @return the number, or {@code null} for blank text
	 * @throws NotANumberException when the text is not a number as described above
	 */
	public static BigDecimal decimal(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String number = arabicDigits(text.strip()).replace('\u2212', '-');
		boolean negative = false;
		if (number.startsWith("-") || number.startsWith("+")) {
			negative = number.startsWith("-");
			number = number.substring(1).strip();
		}
		int point = number.indexOf('.');
		String whole = point < 0 ? number : number.substring(0, point);
		String fraction = point < 0 ? "" : number.substring(point + 1);
		if (whole.isEmpty() && fraction.isEmpty() || !PLAIN.matcher(fraction).matches()
				|| number.length() > MAX_DIGITS * 2) {
			throw new NotANumberException(Problem.NOT_A_NUMBER, text);
		}
		if (!PLAIN.matcher(whole).matches()) {
			if (!SEPARATED.matcher(whole).matches()) {
				throw new NotANumberException(Problem.NOT_A_NUMBER, text);
			}
			if (!GROUPED.matcher(whole).matches()) {
				throw new NotANumberException(Problem.GROUPING, text);
			}
		}
		String digits = whole.replaceAll("[^\\d]", "");
		if (digits.length() + fraction.length() > MAX_DIGITS) {
			throw new NotANumberException(Problem.NOT_A_NUMBER, text);
		}
		return new BigDecimal((negative ? "-" : "") + (digits.isEmpty() ? "0" : digits)
				+ (fraction.isEmpty() ? "" : "." + fraction));
	}

	/**
	 * The whole number in {@code text} ({@code 35,000}, {@code ๓๕,๐๐๐}; {@code 35,000.00} too, its fraction being
	 * zero).
	 *
	 * @return the number, or {@code null} for blank text
	 * @throws NotANumberException when the text is not a number, has a fraction or does not fit a {@code long}
	 */
	public static Long whole(String text) {
		BigDecimal number = decimal(text);
		if (number == null) {
			return null;
		}
		try {
			return number.longValueExact();
		}
		catch (ArithmeticException notWhole) {
			throw new NotANumberException(Problem.NOT_WHOLE, text);
		}
	}

	/**
	 * Like {@link #whole}, for an {@code int}.
	 *
	 * @throws NotANumberException also when the number does not fit an {@code int}
	 */
	public static Integer wholeInt(String text) {
		Long number = whole(text);
		if (number == null) {
			return null;
		}
		if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
			throw new NotANumberException(Problem.NOT_WHOLE, text);
		}
		return number.intValue();
	}

	/**
	 * The text in the plain form code reads ({@code 35000}, {@code -12.5}) when it is a number; otherwise the
	 * text unchanged, so the rule that reads it refuses it with its own message.
	 */
	public static String normalised(String text) {
		try {
			BigDecimal number = decimal(text);
			return number == null ? text : number.toPlainString();
		}
		catch (NotANumberException notANumber) {
			return text;
		}
	}

	/** Thai digits (๐–๙) as Arabic ones; every other character unchanged. */
	public static String arabicDigits(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			result.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
		}
		return result.toString();
	}
}
