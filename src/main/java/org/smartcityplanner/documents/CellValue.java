package org.smartcityplanner.documents;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a table cell holds. Numbers stay numbers so a spreadsheet can compute with them; a formula is live in
 * XLSX and shows its {@code shown} value in DOCX and PDF.
 */
public sealed interface CellValue {

	/** Text; in XLSX, text that a spreadsheet would read as a formula is stored as plain text. */
	record Text(String text) implements CellValue {
		public Text {
			text = Objects.requireNonNullElse(text, "");
		}
	}

	/** A number shown in a {@link NumberStyle}. */
	record Number(BigDecimal value, NumberStyle style) implements CellValue {
		public Number {
			Objects.requireNonNull(value, "value");
			Objects.requireNonNull(style, "style");
		}
	}

	/**
	 * A spreadsheet formula without the leading '=', e.g. {@code SUM(C4:C20)} or
	 * {@code 'ปี 2569'!D10}; {@code shown} is what DOCX and PDF print (null prints nothing).
	 */
	record Formula(String expression, NumberStyle style, BigDecimal shown) implements CellValue {
		public Formula {
			Objects.requireNonNull(expression, "expression");
			if (expression.startsWith("=")) {
				expression = expression.substring(1);
			}
			style = style == null ? NumberStyle.DECIMAL : style;
		}
	}

	/** Nothing. */
	record Empty() implements CellValue {
	}
}
