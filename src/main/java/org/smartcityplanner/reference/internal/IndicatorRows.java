package org.smartcityplanner.reference.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.Indicator.Direction;
import org.smartcityplanner.shared.LocalizedText;

/**
 * Reads the rows of the indicator library file and refuses the whole file at the first row that breaks a rule,
 * naming the file, the row and the value. A typo in a dimension or framework code would otherwise file a KPI
 * where nobody looks for it, and nobody would notice.
 */
final class IndicatorRows {

	/** The standards an indicator may come from; COMMITTEE stands for the Smart City committee's examples. */
	static final List<String> FRAMEWORKS = List.of("ISO37120", "ISO37122", "U4SSC", "COMMITTEE");

	private static final List<String> COLUMNS = List.of("code", "sort_order", "dimension", "name_th", "name_en",
			"unit_th", "unit_en", "direction", "framework", "ref", "definition_th", "definition_en", "confirmed",
			"note");
	private static final List<String> DIRECTIONS = Arrays.stream(Direction.values()).map(Enum::name).toList();
	private static final List<String> BOOLEANS = List.of("true", "false");

	private final List<String> dimensionCodes;

	/** @param dimensionCodes the codes of the smart dimensions an indicator may belong to */
	IndicatorRows(List<String> dimensionCodes) {
		this.dimensionCodes = List.copyOf(dimensionCodes);
	}

	/** Every row of {@code table} as an indicator, or an {@link IllegalStateException} for the first bad row. */
	List<Indicator> read(CsvTable table) {
		for (String column : COLUMNS) {
			if (!table.hasColumn(column)) {
				throw new IllegalStateException(table.source() + ": column '" + column + "' is missing");
			}
		}
		List<Map<String, String>> records = table.records();
		List<Indicator> indicators = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < records.size(); i++) {
			Row row = new Row(table.source(), i + 1, records.get(i));
			Indicator indicator = indicator(row);
			if (!codes.add(indicator.code())) {
				throw row.error("code '" + indicator.code() + "' appears more than once");
			}
			indicators.add(indicator);
		}
		return indicators;
	}

	private Indicator indicator(Row row) {
		boolean confirmed = Boolean.parseBoolean(row.oneOf("confirmed", BOOLEANS));
		String note = row.value("note");
		if (!confirmed && note.isBlank()) {
			throw row.error("an unconfirmed indicator needs a note saying what is to be confirmed");
		}
		return new Indicator(row.required("code"), row.integer("sort_order"), row.oneOf("dimension", dimensionCodes),
				new LocalizedText(row.required("name_th"), row.required("name_en")),
				new LocalizedText(row.required("unit_th"), row.required("unit_en")),
				Direction.valueOf(row.oneOf("direction", DIRECTIONS)), row.oneOf("framework", FRAMEWORKS),
				row.value("ref"), new LocalizedText(row.required("definition_th"), row.required("definition_en")),
				confirmed, note);
	}

	/** One data row, numbered from 1 like {@link CsvTable}'s own messages. */
	private record Row(String source, int number, Map<String, String> values) {

		String value(String column) {
			return values.get(column).strip();
		}

		String required(String column) {
			String value = value(column);
			if (value.isEmpty()) {
				throw error(column + " is empty");
			}
			return value;
		}

		String oneOf(String column, List<String> allowed) {
			String value = value(column);
			if (!allowed.contains(value)) {
				throw error(column + " '" + value + "' is not one of " + String.join(", ", allowed));
			}
			return value;
		}

		int integer(String column) {
			String value = value(column);
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException e) {
				throw error(column + " '" + value + "' is not a whole number");
			}
		}

		IllegalStateException error(String problem) {
			String code = values.getOrDefault("code", "").strip();
			return new IllegalStateException("%s: data row %d%s: %s".formatted(source, number,
					code.isEmpty() ? "" : " (" + code + ")", problem));
		}
	}
}
