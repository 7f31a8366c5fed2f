package org.smartcityplanner.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in Thai baht, held exactly in satang (1 baht = 100 satang) so sums never drift.
 *
 * @param satang the amount in satang
 */
public record Baht(long satang) implements Comparable<Baht> {

	public static final Baht ZERO = new Baht(0);

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

	@Override
	public int compareTo(Baht other) {
		return Long.compare(satang, other.satang);
	}

	@Override
	public String toString() {
		return toBigDecimal().toPlainString();
	}
}
