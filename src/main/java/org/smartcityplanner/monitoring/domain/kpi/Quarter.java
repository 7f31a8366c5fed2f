package org.smartcityplanner.monitoring.domain.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.shared.FiscalYear;

/**
 * A quarter of a Thai fiscal year: quarter 1 is October–December, quarter 4 July–September. Fiscal year 2570
 * quarter 1 is 1 October 2026 – 31 December 2026 (C.E.).
 *
 * @param year the fiscal year
 * @param number 1 to 4
 */
public record Quarter(FiscalYear year, int number) implements Comparable<Quarter> {

	/** Days an owner has after a quarter ends to report it, before the period counts as overdue. */
	public static final int REPORTING_DAYS = 30;

	public Quarter {
		if (year == null || number < 1 || number > 4) {
			throw new IllegalArgumentException("A quarter is 1 to 4 of a fiscal year");
		}
	}

	/** Every quarter of the fiscal years from {@code first} to {@code last}, in order. */
	public static List<Quarter> of(FiscalYear first, FiscalYear last) {
		List<Quarter> quarters = new ArrayList<>();
		for (int year = first.buddhistYear(); year <= last.buddhistYear(); year++) {
			for (int number = 1; number <= 4; number++) {
				quarters.add(new Quarter(new FiscalYear(year), number));
			}
		}
		return quarters;
	}

	/** The quarter that contains {@code date}. */
	public static Quarter containing(LocalDate date) {
		FiscalYear year = FiscalYear.containing(date);
		int monthsIn = (date.getMonthValue() + 2) % 12; // October is 0
		return new Quarter(year, monthsIn / 3 + 1);
	}

	public LocalDate start() {
		return year.start().plusMonths(3L * (number - 1));
	}

	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	/** The last day to report the quarter: {@link #REPORTING_DAYS} after it ends. */
	public LocalDate reportDue() {
		return end().plusDays(REPORTING_DAYS);
	}

	@Override
	public int compareTo(Quarter other) {
		int byYear = year.compareTo(other.year);
		return byYear != 0 ? byYear : Integer.compare(number, other.number);
	}
}
