package org.smartcityplanner.actionplan.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Small helpers for list-valued columns. */
final class Columns {

	private Columns() {
	}

	static String join(Collection<?> values) {
		return String.join(",", values.stream().map(String::valueOf).sorted().toList());
	}

	static <T> List<T> split(String column, Function<String, T> parse) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		return Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(parse).toList();
	}
}
