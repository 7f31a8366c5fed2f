package org.smartcityplanner.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.smartcityplanner.shared.Baht;

/**
 * Numbers as text: thousands separated by commas, the style's decimals, optionally Thai numerals.
 */
public final class NumberText {

	private NumberText() {
	}

	/** "1,234,567.50" (or "๑,๒๓๔,๕๖๗.๕๐"). */
	public static String format(BigDecimal value, NumberStyle style, boolean thaiNumerals) {
		BigDecimal shown = style == NumberStyle.PERCENT ? value.movePointRight(2) : value;
		shown = shown.setScale(style.decimals(), RoundingMode.HALF_UP);
		DecimalFormat format = new DecimalFormat(pattern(style), DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setParseBigDecimal(true);
		if (style == NumberStyle.GENERAL) {
			format.setMinimumFractionDigits(0);
			format.setMaximumFractionDigits(style.decimals());
		}
		String text = format.format(shown) + (style == NumberStyle.PERCENT ? "%" : "");
		return ThaiNumerals.apply(text, thaiNumerals);
	}

	/** An amount of baht with two decimals: "1,200,000.00". */
	public static String baht(Baht amount, boolean thaiNumerals) {
		return format(amount.toBigDecimal(), NumberStyle.BAHT, thaiNumerals);
	}

	private static String pattern(NumberStyle style) {
		String integer = style.grouped() ? "#,##0" : "0";
		return style.decimals() == 0 ? integer : integer + "." + "0".repeat(style.decimals());
	}
}
