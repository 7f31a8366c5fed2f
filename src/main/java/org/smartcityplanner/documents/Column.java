package org.smartcityplanner.documents;

/**
 * A table column.
 *
 * @param weight its share of the table width (relative to the other columns)
 * @param align  default alignment of its body cells
 */
public record Column(double weight, Align align) {

	public Column {
		if (!(weight > 0)) {
			throw new IllegalArgumentException("column weight must be positive");
		}
		align = align == null ? Align.LEFT : align;
	}

	public static Column left(double weight) {
		return new Column(weight, Align.LEFT);
	}

	public static Column right(double weight) {
		return new Column(weight, Align.RIGHT);
	}

	public static Column center(double weight) {
		return new Column(weight, Align.CENTER);
	}
}
