package org.smartcityplanner.actionplan.optimiser.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A CPLEX LP file under construction: a maximised objective, rows, and binary and general integer columns. */
final class LpText {

	private String objective = "";
	private final List<String> rows = new ArrayList<>();
	private final Set<String> binaries = new LinkedHashSet<>();
	private final Set<String> integers = new LinkedHashSet<>();

	void objective(String expression) {
		objective = expression;
	}

	/** A row {@code name: expression sense rhs}. */
	void row(String name, String expression, String sense, String rhs) {
		rows.add(" " + name + ": " + expression + " " + sense + " " + rhs);
	}

	void binary(String column) {
		binaries.add(column);
	}

	void integer(String column) {
		integers.add(column);
	}

	String text() {
		var out = new StringBuilder("Maximize\n").append(wrap(" obj: " + objective)).append("\nSubject To\n");
		rows.forEach(row -> out.append(wrap(row)).append('\n'));
		out.append("General\n");
		integers.forEach(column -> out.append(' ').append(column).append('\n'));
		out.append("Binary\n");
		binaries.forEach(column -> out.append(' ').append(column).append('\n'));
		return out.append("End\n").toString();
	}

	/** Breaks long rows before a sign (LP readers limit the line length). */
	private static String wrap(String line) {
		var out = new StringBuilder();
		int lineStart = 0;
		for (int i = 0; i < line.length(); i++) {
			boolean sign = (line.charAt(i) == '+' || line.charAt(i) == '-') && i > 0 && line.charAt(i - 1) == ' ';
			if (sign && out.length() - lineStart > 150) {
				out.append("\n ");
				lineStart = out.length();
			}
			out.append(line.charAt(i));
		}
		return out.toString();
	}
}
