package org.smartcityplanner.monitoring.domain.project;

import java.time.LocalDate;

import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * A reporting period: one quarter of a fiscal year (Q1 = October–December ... Q4 = July–September), named in
 * B.E. like the fiscal year, e.g. {@code 2570-Q2}.
 *
 * @param year the fiscal year
 * @param quarter 1 to 4
 */
public record ReportingQuarter(FiscalYear year, int quarter) implements Comparable<ReportingQuarter> {

	public ReportingQuarter {
		if (year == null || quarter < 1 || quarter > 4) {
			throw new InvalidInputException("monitoring.project.period.invalid", String.valueOf(quarter));
		}
	}

	/** The quarter a day falls in. */
	public static ReportingQuarter containing(LocalDate date) {
		FiscalYear year = FiscalYear.containing(date);
		int monthsIn = (date.getYear() * 12 + date.getMonthValue()) - (year.start().getYear() * 12 + 10);
		return new ReportingQuarter(year, monthsIn / 3 + 1);
	}

	/**
	 * Reads {@code 2570-Q2} as written by {@link #code()}.
	 *
	 * @throws InvalidInputException {@code monitoring.project.period.invalid} naming the text
	 */
	public static ReportingQuarter parse(String code) {
		String text = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
		if (!text.matches("\\d{4}-Q[1-4]")) {
			throw new InvalidInputException("monitoring.project.period.invalid", code == null ? "" : code);
		}
		try {
			return new ReportingQuarter(new FiscalYear(Integer.parseInt(text.substring(0, 4))), text.charAt(6) - '0');
		}
		catch (IllegalArgumentException outOfRange) {
			throw new InvalidInputException("monitoring.project.period.invalid", code);
		}
	}

	/** First day of the quarter. */
	public LocalDate start() {
		return year.start().plusMonths(3L * (quarter - 1));
	}

	/** Last day of the quarter. */
	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	/** The stable code, e.g. {@code 2570-Q2}. */
	public String code() {
		return year + "-Q" + quarter;
	}

	@Override
	public int compareTo(ReportingQuarter other) {
		int byYear = year.compareTo(other.year);
		return byYear != 0 ? byYear : Integer.compare(quarter, other.quarter);
	}

	@Override
	public String toString() {
		return code();
	}
}
