package org.smartcityplanner.shared;

import java.time.LocalDate;

/**
 * A Thai government fiscal year, named by the Buddhist-Era year in which it ends: fiscal year 2570 runs
 * from 1 October 2026 to 30 September 2027 (C.E.).
 *
 * @param buddhistYear the B.E. year that names the fiscal year
 */
public record FiscalYear(int buddhistYear) implements Comparable<FiscalYear> {

	/** Years between the Buddhist Era and the Common Era. */
	public static final int BE_OFFSET = 543;

	public FiscalYear {
		if (buddhistYear < 2400 || buddhistYear > 2800) {
			throw new IllegalArgumentException("Fiscal year out of range: " + buddhistYear);
		}
	}

	/** The fiscal year that contains {@code date}. */
	public static FiscalYear containing(LocalDate date) {
		int endingCe = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
		return new FiscalYear(endingCe + BE_OFFSET);
	}

	/** First day, 1 October of the previous C.E. year. */
	public LocalDate start() {
		return LocalDate.of(buddhistYear - BE_OFFSET - 1, 10, 1);
	}

	/** Last day, 30 September. */
	public LocalDate end() {
		return LocalDate.of(buddhistYear - BE_OFFSET, 9, 30);
	}

	public FiscalYear next() {
		return new FiscalYear(buddhistYear + 1);
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(buddhistYear, other.buddhistYear);
	}

	@Override
	public String toString() {
		return Integer.toString(buddhistYear);
	}
}
