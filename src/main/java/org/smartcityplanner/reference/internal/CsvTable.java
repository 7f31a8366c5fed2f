package org.smartcityplanner.reference.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed RFC 4180 CSV file: leading {@code #} lines are comments, the first other line names the columns.
 * Strict on purpose: a row with the wrong number of fields is an error in the data file, not something to
 * guess around.
 */
final class CsvTable {

	private final String source;
	private final List<String> header;
	private final List<List<String>> rows;

	private CsvTable(String source, List<String> header, List<List<String>> rows) {
		this.source = source;
		this.header = header;
		this.rows = rows;
	}

	static CsvTable parse(String source, String text) {
		List<List<String>> records = parseRecords(stripComments(text));
		if (records.isEmpty()) {
			throw new IllegalStateException(source + ": no header line");
		}
		List<String> header = records.get(0);
		List<List<String>> rows = records.subList(1, records.size());
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).size() != header.size()) {
				throw new IllegalStateException("%s: data row %d has %d fields, header has %d"
					.formatted(source, i + 1, rows.get(i).size(), header.size()));
			}
		}
		return new CsvTable(source, header, rows);
	}

	/** Each row as column name to value, in file order. */
	List<Map<String, String>> records() {
		List<Map<String, String>> result = new ArrayList<>();
		for (List<String> row : rows) {
			Map<String, String> record = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				record.put(header.get(c), row.get(c));
			}
			result.add(record);
		}
		return result;
	}

	boolean hasColumn(String name) {
		return header.contains(name);
	}

	/** The value of the first present column of {@code names} in {@code record}. */
	static Optional<String> firstOf(Map<String, String> record, String... names) {
		for (String name : names) {
			String value = record.get(name);
			if (value != null) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	String source() {
		return source;
	}

	private static String stripComments(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		StringBuilder kept = new StringBuilder();
		boolean inHeaderComments = true;
		for (String line : body.split("\r?\n", -1)) {
			if (inHeaderComments && (line.startsWith("#") || line.isBlank())) {
				continue;
			}
			inHeaderComments = false;
			kept.append(line).append('\n');
		}
		return kept.toString();
	}

	private static List<List<String>> parseRecords(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (ch == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
					records.add(fields);
				}
				fields = new ArrayList<>();
			}
			else if (ch != '\r') {
				field.append(ch);
			}
		}
		if (field.length() > 0 || !fields.isEmpty()) {
			fields.add(field.toString());
			records.add(fields);
		}
		return records;
	}
}
