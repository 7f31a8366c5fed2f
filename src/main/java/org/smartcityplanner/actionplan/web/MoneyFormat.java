package org.smartcityplanner.actionplan.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.smartcityplanner.shared.Baht;
import org.springframework.stereotype.Component;

/** Money for templates ({@code ${@acpMoney.baht(amount)}}): thousands separators and two decimals. */
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

	private static String format(BigDecimal value, String pattern) {
		return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
	}
}
