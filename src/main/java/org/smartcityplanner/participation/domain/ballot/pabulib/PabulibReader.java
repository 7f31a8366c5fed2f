package org.smartcityplanner.participation.domain.ballot.pabulib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Pabulib {@code .pb} file and refuses a damaged one with the line number: a missing or misplaced
 * section or header, a row with the wrong number of values, a missing or non-numeric budget or cost, a repeated
 * project or voter, a vote for a project the file does not list, a vote type other than approval, counts in META
 * that disagree with the rows. Blank lines are skipped.
 */
public final class PabulibReader {

	private static final List<String> SECTIONS = List.of("meta", "projects", "votes");

	private final Map<String, String> meta = new LinkedHashMap<>();
	private final Map<String, Integer> metaLines = new LinkedHashMap<>();
	private final List<List<String>> projectRows = new ArrayList<>();
	private final List<List<String>> voteRows = new ArrayList<>();
	private final Set<String> projectIds = new HashSet<>();
	private final Set<String> voterIds = new HashSet<>();
	private List<String> projectColumns;
	private List<String> voteColumns;
	private int section = -1;
	private int sectionLine;
	private boolean expectHeader;

	private PabulibReader() {
	}

	/**
	 * @param in the file's text (not closed)
	 * @return the file, checked
	 * @throws PabulibFormatException when the file is damaged
	 */
	public static PabulibFile read(Reader in) {
		return new PabulibReader().readAll(in);
	}

	private PabulibFile readAll(Reader in) {
		BufferedReader lines = new BufferedReader(in);
		int number = 0;
		try {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				if (!line.isBlank()) {
					accept(PabulibLine.split(line, number), number);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		int end = number + 1;
		if (section < SECTIONS.size() - 1) {
			throw new PabulibFormatException(end, "ballot.pabulib.error.missing-section",
					SECTIONS.get(section + 1).toUpperCase(Locale.ROOT));
		}
		if (expectHeader) {
			throw new PabulibFormatException(end, "ballot.pabulib.error.missing-header", "VOTES");
		}
		checkCount("num_votes", voteRows.size());
		return new PabulibFile(meta, new PabulibTable(projectColumns, projectRows),
				new PabulibTable(voteColumns, voteRows));
	}

	private void accept(List<String> values, int line) {
		String first = values.get(0).trim().toLowerCase(Locale.ROOT);
		int named = SECTIONS.indexOf(first);
		if (named >= 0 && values.stream().skip(1).allMatch(String::isBlank)) {
			startSection(named, line);
		} else if (section < 0) {
			throw new PabulibFormatException(line, "ballot.pabulib.error.missing-section", "META");
		} else if (expectHeader) {
			header(values, line);
		} else if (section == 0) {
			metaRow(values, line);
		} else if (section == 1) {
			projectRow(values, line);
		} else {
			voteRow(values, line);
		}
	}

	private void startSection(int named, int line) {
		if (named != section + 1) {
			throw new PabulibFormatException(line, "ballot.pabulib.error.missing-section",
					SECTIONS.get(section + 1).toUpperCase(Locale.ROOT));
		}
		if (expectHeader) {
			throw new PabulibFormatException(line, "ballot.pabulib.error.missing-header",
					SECTIONS.get(section).toUpperCase(Locale.ROOT));
		}
		if (named == 1) {
			checkMeta();
		} else if (named == 2) {
			checkCount("num_projects", projectRows.size());
		}
		section = named;
		sectionLine = line;
		expectHeader = true;
	}

	private void header(List<String> values, int line) {
		expectHeader = false;
		if (section == 0) {
			requireColumns(values, 2, line);
		} else if (section == 1) {
			projectColumns = requireNamed(values, line, PabulibFile.PROJECT_ID, PabulibFile.COST);
		} else {
			voteColumns = requireNamed(values, line, PabulibFile.VOTER_ID, PabulibFile.VOTE);
		}
	}

	private List<String> requireNamed(List<String> columns, int line, String... required) {
		for (String column : required) {
			if (!columns.contains(column)) {
				throw new PabulibFormatException(line, "ballot.pabulib.error.missing-column", column);
			}
		}
		if (new HashSet<>(columns).size() != columns.size()) {
			throw new PabulibFormatException(line, "ballot.pabulib.error.duplicate-column");
		}
		return columns;
	}

	private static void requireColumns(List<String> values, int expected, int line) {
		if (values.size() != expected) {
			throw new PabulibFormatException(line, "ballot.pabulib.error.column-count", expected, values.size());
		}
	}

	private void metaRow(List<String> values, int line) {
		requireColumns(values, 2, line);
		if (meta.put(values.get(0), values.get(1)) != null) {
			throw new PabulibFormatException(line, "ballot.pabulib.error.duplicate-meta", values.get(0));
		}
		metaLines.put(values.get(0), line);
	}

	private void checkMeta() {
		if (!meta.containsKey(PabulibFile.BUDGET)) {
			throw new PabulibFormatException(sectionLine, "ballot.pabulib.error.budget-missing");
		}
		int budgetLine = metaLines.get(PabulibFile.BUDGET);
		amount(meta.get(PabulibFile.BUDGET), budgetLine, "ballot.pabulib.error.bad-budget");
		String voteType = meta.get("vote_type");
		if (voteType != null && !voteType.equalsIgnoreCase("approval")) {
			throw new PabulibFormatException(metaLines.get("vote_type"), "ballot.pabulib.error.vote-type", voteType);
		}
	}

	private void checkCount(String key, int rows) {
		String declared = meta.get(key);
		if (declared != null && !declared.equals(Integer.toString(rows))) {
			throw new PabulibFormatException(metaLines.get(key), "ballot.pabulib.error.count-mismatch", key, declared,
					rows);
		}
	}

	private void projectRow(List<String> values, int line) {
		requireColumns(values, projectColumns.size(), line);
		String id = values.get(projectColumns.indexOf(PabulibFile.PROJECT_ID));
		if (id.isBlank() || !projectIds.add(id)) {
			throw new PabulibFormatException(line, "ballot.pabulib.error.duplicate-project", id);
		}
		amount(values.get(projectColumns.indexOf(PabulibFile.COST)), line, "ballot.pabulib.error.bad-cost");
		projectRows.add(values);
	}

	private void voteRow(List<String> values, int line) {
		requireColumns(values, voteColumns.size(), line);
		String voter = values.get(voteColumns.indexOf(PabulibFile.VOTER_ID));
		if (voter.isBlank() || !voterIds.add(voter)) {
			throw new PabulibFormatException(line, "ballot.pabulib.error.duplicate-voter", voter);
		}
		String vote = values.get(voteColumns.indexOf(PabulibFile.VOTE));
		Set<String> approved = new HashSet<>();
		for (String id : vote.isBlank() ? List.<String>of() : List.of(vote.split(",", -1))) {
			String project = id.trim();
			if (!projectIds.contains(project)) {
				throw new PabulibFormatException(line, "ballot.pabulib.error.unknown-project", project);
			}
			if (!approved.add(project)) {
				throw new PabulibFormatException(line, "ballot.pabulib.error.repeated-approval", project);
			}
		}
		voteRows.add(values);
	}

	private static void amount(String text, int line, String key) {
		try {
			PabulibFile.amount(text);
		} catch (IllegalArgumentException e) {
			throw new PabulibFormatException(line, key, text);
		}
	}
}
