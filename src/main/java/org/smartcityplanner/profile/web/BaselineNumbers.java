package org.smartcityplanner.profile.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Baseline values for reading: thousands separators, no trailing zeros, up to the four stored decimals.
 */
final class BaselineNumbers {

	private BaselineNumbers() {
	}

	static String format(BigDecimal value) {
		// DecimalFormat is not thread-safe, hence one per call
		DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setParseBigDecimal(true);
		return format.format(value);
	}
}
