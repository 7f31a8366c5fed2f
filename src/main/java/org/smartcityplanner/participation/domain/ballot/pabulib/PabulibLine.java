package org.smartcityplanner.participation.domain.ballot.pabulib;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits and joins the semicolon-separated lines of a Pabulib file. Quoting is the CSV quoting Pabulib files use
 * (Python's csv module with ';'): a value holding ';' or '"' is wrapped in double quotes and a '"' inside is
 * doubled. Unquoted values are trimmed, as the reference parsers do.
 */
final class PabulibLine {

	private PabulibLine() {
	}

	static List<String> split(String line, int lineNumber) {
		List<String> values = new ArrayList<>();
		int i = 0;
		while (true) {
			if (i < line.length() && line.charAt(i) == '"') {
				StringBuilder value = new StringBuilder();
				i++;
				while (true) {
					if (i >= line.length()) {
						throw new PabulibFormatException(lineNumber, "ballot.pabulib.error.unclosed-quote");
					}
					char ch = line.charAt(i++);
					if (ch == '"' && i < line.length() && line.charAt(i) == '"') {
						value.append('"');
						i++;
					} else if (ch == '"') {
						break;
					} else {
						value.append(ch);
					}
				}
				values.add(value.toString());
				if (i < line.length() && line.charAt(i) != ';') {
					throw new PabulibFormatException(lineNumber, "ballot.pabulib.error.unclosed-quote");
				}
			} else {
				int end = line.indexOf(';', i);
				values.add(line.substring(i, end < 0 ? line.length() : end).trim());
				i = end < 0 ? line.length() : end;
			}
			if (i >= line.length()) {
				return values;
			}
			i++;
		}
	}

	static String join(List<String> values) {
		StringBuilder line = new StringBuilder();
		for (String value : values) {
			if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
				throw new IllegalArgumentException("a Pabulib value cannot hold a line break: " + value);
			}
			if (!line.isEmpty()) {
				line.append(';');
			}
			boolean quote = value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || !value.equals(value.trim());
			line.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
		}
		return line.toString();
	}
}
