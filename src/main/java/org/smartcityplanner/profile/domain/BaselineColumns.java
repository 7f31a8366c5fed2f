package org.smartcityplanner.profile.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.shared.InvalidInputException;

/**
 * Which column of an import file holds which field, found by the header's names in English or Thai, in any
 * order. Columns with other names (an exported file's indicator name and unit) are ignored.
 */
public final class BaselineColumns {

	/** The header the import help shows and the export writes. */
	public static final String EXPECTED_HEADER = "indicator_code,area,year,value,source";

	private final Map<Column, Integer> indexes;

	private BaselineColumns(Map<Column, Integer> indexes) {
		this.indexes = indexes;
	}

	/**
	 * Reads the header row.
	 *
	 * @throws InvalidInputException when a required column is missing or a column appears twice
	 */
	public static BaselineColumns of(SheetRow header) {
		Map<Column, Integer> indexes = new EnumMap<>(Column.class);
		for (int i = 0; i < header.cells().size(); i++) {
			String name = normalise(header.cell(i));
			for (Column column : Column.values()) {
				if (column.names.contains(name)) {
					if (indexes.containsKey(column)) {
						throw new InvalidInputException("baselines.import.header.twice", header.cell(i));
					}
					indexes.put(column, i);
				}
			}
		}
		List<String> missing = new ArrayList<>();
		for (Column column : Column.values()) {
			if (column.required && !indexes.containsKey(column)) {
				missing.add(column.headerName());
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException("baselines.import.header.missing", String.join(", ", missing),
					EXPECTED_HEADER);
		}
		return new BaselineColumns(indexes);
	}

	/** The row's cell of {@code column}, trimmed; empty when the file has no such column or the row is short. */
	public String cell(SheetRow row, Column column) {
		Integer index = indexes.get(column);
		return index == null ? "" : row.cell(index);
	}

	private static String normalise(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_").replace("*", "");
	}

	/** The fields of a baseline row and the header names that mean them. */
	public enum Column {

		INDICATOR_CODE(true, "indicator_code", "indicator", "code", "รหัสตัวชี้วัด", "ตัวชี้วัด"),
		AREA(true, "area", "area_id", "พื้นที่", "พื้นที่เป้าหมาย"),
		YEAR(true, "year", "ปี", "ปี_พ.ศ.", "ปีพ.ศ.", "พ.ศ."),
		VALUE(true, "value", "baseline", "ค่า", "ค่าฐาน", "ค่าฐานตั้งต้น"),
		SOURCE(true, "source", "แหล่งข้อมูล", "ที่มา", "ที่มาของข้อมูล"),
		NOTE(false, "note", "หมายเหตุ");

		private final boolean required;
		private final Set<String> names;

		Column(boolean required, String... names) {
			this.required = required;
			this.names = Set.of(names);
		}

		/** The English header name, as in {@link #EXPECTED_HEADER}. */
		public String headerName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
