package org.smartcityplanner.reports.spi;

import java.math.BigDecimal;
import java.util.Objects;

/** One cell of a {@link Part.Table}: text, a number (kept a number in workbooks) or nothing. */
public sealed interface Value permits Value.Text, Value.Number, Value.Empty {

	/** @param text the text */
	record Text(String text) implements Value {

		public Text {
			text = Objects.requireNonNullElse(text, "");
		}
	}

	/**
	 * @param value   the number
	 * @param decimal shown with two decimals (1,234.50) rather than as a whole number (1,234)
	 */
	record Number(BigDecimal value, boolean decimal) implements Value {

		public Number {
			Objects.requireNonNull(value, "value");
		}
	}

	/** An empty cell. */
	record Empty() implements Value {
	}

	static Value text(String text) {
		return new Text(text);
	}

	static Value whole(long value) {
		return new Number(BigDecimal.valueOf(value), false);
	}

	/** A number with two decimals, or an empty cell for {@code null}. */
	static Value decimal(BigDecimal value) {
		return value == null ? empty() : new Number(value, true);
	}

	static Value empty() {
		return new Empty();
	}
}
