package org.smartcityplanner.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount of money in Thai baht, held exactly in satang (1 baht = 100 satang) so sums never drift. The one
 * place that reads and writes baht as text: {@link #parse} for what people type, {@link #formatted()} for
 * display and {@link #toString()} for form fields.
 *
 * @param satang the amount in satang
 */
public record Baht(long satang) implements Comparable<Baht> {

	public static final Baht ZERO = new Baht(0);

	/** The largest amount {@link #parse} reads (90 trillion baht); more is a typing slip, not a budget. */
	public static final Baht LARGEST_TYPED = Baht.of(90_000_000_000_000L);

	/** Whole baht. */
	public static Baht of(long baht) {
		return new Baht(Math.multiplyExact(baht, 100));
	}

	/**
	 * Parses a decimal amount of baht.
	 *
	 * @throws ArithmeticException when it has more than two decimal places (rounding money silently is a bug)
	 */
	public static Baht of(BigDecimal baht) {
		return new Baht(baht.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
	}

	/**
	 * Reads an amount as people type it: digits, optionally with thousands separators (comma, space) between
	 * groups of three, up to two decimals after a point, Thai or Arabic digits, a baht sign before or after and a
	 * leading sign ({@code 1,234,567.50}, {@code ๑๒๓.๔๕}, {@code ฿ 12 000}). Anything else is refused with the
	 * reason, never guessed: {@code 1e3}, {@code 12,50}, {@code 10.005}.
	 *
	 * @param text the typed text
	 * @param field what the amount is for, named in a refusal
	 * @return the amount, or {@code null} for blank text
	 * @throws InvalidInputException with key {@code money.invalid}, {@code money.grouping},
	 *         {@code money.tooManyDecimals} or {@code money.absurd} and arguments (field, text)
	 */
	public static Baht parse(String text, String field) {
		return BahtParser.parse(text, field);
	}

	/**
	 * Checks an amount that arrived as a number (JSON): at most two decimals and not absurdly large.
	 *
	 * @throws InvalidInputException as {@link #parse}; {@code money.invalid} for {@code null}
	 */
	public static Baht checked(BigDecimal amount, String field) {
		return BahtParser.checked(amount, field, amount == null ? "null" : amount.toPlainString());
	}

	public Baht plus(Baht other) {
		return new Baht(Math.addExact(satang, other.satang));
	}

	public Baht minus(Baht other) {
		return new Baht(Math.subtractExact(satang, other.satang));
	}

	public boolean isNegative() {
		return satang < 0;
	}

	/** The amount in baht with two decimals. */
	public BigDecimal toBigDecimal() {
		return BigDecimal.valueOf(satang, 2);
	}

	/** For display: thousands separators and two decimals ({@code 1,234,567.50}), Arabic digits. */
	public String formatted() {
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(toBigDecimal());
	}

	@Override
	public int compareTo(Baht other) {
		return Long.compare(satang, other.satang);
	}

	/** For form fields and files: plain digits and two decimals ({@code 1234567.50}), which {@link #parse} reads. */
	@Override
	public String toString() {
		return toBigDecimal().toPlainString();
	}
}
