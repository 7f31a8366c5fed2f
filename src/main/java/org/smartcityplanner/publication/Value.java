package org.smartcityplanner.publication;

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
	 * @param value    the number
	 * @param decimal  shown with decimals (1,234.50) rather than as a whole number (1,234)
	 * @param decimals how many decimals are printed when {@code decimal}: 1 or 2
	 */
	record Number(BigDecimal value, boolean decimal, int decimals) implements Value {

		public Number {
			Objects.requireNonNull(value, "value");
			if (decimals < 0 || decimals > 2) {
				throw new IllegalArgumentException("decimals must be 0, 1 or 2: " + decimals);
			}
		}

		/** A whole number, or one with two decimals. */
		public Number(BigDecimal value, boolean decimal) {
			this(value, decimal, decimal ? 2 : 0);
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

	/**
	 * A number printed with one decimal (90.8), for shares rounded to one decimal: printing 90.80 would claim a
	 * precision the figure does not have. An empty cell for {@code null}.
	 */
	static Value oneDecimal(BigDecimal value) {
		return value == null ? empty() : new Number(value, true, 1);
	}

	static Value empty() {
		return new Empty();
	}
}
