package org.smartcityplanner.actionplan.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.smartcityplanner.shared.Baht;
import org.springframework.stereotype.Component;

/**
 * Money and shares for templates ({@code ${@acpMoney.baht(amount)}}): money with thousands separators and two
 * decimals, shares and weights as percentages with one decimal ("23.9 %"), never as raw fractions.
 */
@Component("acpMoney")
public class MoneyFormat {

	public String baht(Baht amount) {
		return amount == null ? "" : amount.formatted();
	}

	public String satang(long satang) {
		return baht(new Baht(satang));
	}

	/** Millions of baht with two decimals, for dense tables ("12.50"). */
	public String millions(long satang) {
		return format(BigDecimal.valueOf(satang).movePointLeft(8), "#,##0.00");
	}

	public String score(BigDecimal value) {
		return value == null ? "" : format(value, "0.00");
	}

	/** A percentage with one decimal and separators, e.g. {@code 99.8 %}. */
	public String percent(BigDecimal percent) {
		return percent == null ? "" : format(percent.setScale(1, java.math.RoundingMode.HALF_EVEN), "#,##0.0") + " %";
	}

	/** {@code part} as a percentage of {@code total}, e.g. a weight of 0.238726 out of 1 as {@code 23.9 %}. */
	public String share(BigDecimal part, BigDecimal total) {
		if (part == null || total == null || total.signum() == 0) {
			return "";
		}
		return percent(part.multiply(BigDecimal.valueOf(100)).divide(total, 3, java.math.RoundingMode.HALF_EVEN));
	}

	/** A weight for an input people read and edit: at most three decimals ("0.239"), as the form's step allows. */
	public String weight(BigDecimal weight) {
		return weight == null ? "" : format(weight, "0.###");
	}

	/** The share of an envelope from which the run page calls it binding, e.g. {@code 99.5}. */
	public String bindingThreshold() {
		return EnvelopeBinding.THRESHOLD_PERCENT;
	}

	private static String format(BigDecimal value, String pattern) {
		return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
	}
}
