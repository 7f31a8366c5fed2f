package org.smartcityplanner.participation.domain.ballot.pabulib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Writes a {@link PabulibFile} in the published format: META, PROJECTS and VOTES sections, ';'-separated. */
public final class PabulibWriter {

	private PabulibWriter() {
	}

	/**
	 * @param file what to write
	 * @param out where to (not closed)
	 * @throws IllegalArgumentException when a value holds a line break, which the format cannot carry
	 */
	public static void write(PabulibFile file, Writer out) {
		try {
			out.write("META\n");
			out.write("key;value\n");
			for (Map.Entry<String, String> entry : file.meta().entrySet()) {
				line(out, List.of(entry.getKey(), entry.getValue()));
			}
			table(out, "PROJECTS", file.projects());
			table(out, "VOTES", file.votes());
			out.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void table(Writer out, String section, PabulibTable table) throws IOException {
		out.write(section + "\n");
		line(out, table.columns());
		for (List<String> row : table.rows()) {
			line(out, row);
		}
	}

	private static void line(Writer out, List<String> values) throws IOException {
		out.write(PabulibLine.join(values));
		out.write('\n');
	}
}
