package org.smartcityplanner.participation.domain.stakeholder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smartcityplanner.participation.StakeholderDraft;
import org.smartcityplanner.participation.domain.group.Problem;

/**
 * A sheet of stakeholders to import, read row by row: the first row names the columns (in any order), every other
 * row is one stakeholder. Each row carries how its consent was collected — {@code ONLINE}, or {@code PAPER} with
 * the day the paper was signed — because a registry entry without consent is not allowed. A row's problems name
 * its column; the sheet is saved only when no row has any.
 */
public final class StakeholderSheet {

	/** The columns, as the header names them. */
	public static final List<String> COLUMNS = List.of("name", "organisation", "type", "sector", "interest", "phone",
			"email", "consent", "consent_date", "retention_months");

	/** Most rows of one sheet. */
	public static final int MAX_ROWS = 1000;

	private static final List<String> REQUIRED = List.of("name", "type", "sector", "consent");

	private StakeholderSheet() {
	}

	/**
	 * One row as read.
	 *
	 * @param number the row's number as a spreadsheet shows it (the header is row 1)
	 * @param draft the stakeholder it describes
	 * @param channel {@code ONLINE} or {@code PAPER}, or {@code null} when not understood
	 * @param collectedOn the day a paper consent was signed, else {@code null}
	 * @param problems what is wrong with it, each naming its column; empty when it may be saved
	 */
	public record Row(int number, StakeholderDraft draft, String channel, LocalDate collectedOn,
			List<Problem> problems) {

		public Row {
			problems = List.copyOf(problems);
		}

		public boolean valid() {
			return problems.isEmpty();
		}
	}

	/**
	 * Reads the sheet's records.
	 *
	 * @param records the records, the header first
	 * @param today the day of the import (a paper consent cannot be signed after it)
	 * @return the rows, blank records left out; a sheet without a usable header is one problem of row 1
	 */
	public static List<Row> read(List<List<String>> records, LocalDate today) {
		List<Row> rows = new ArrayList<>();
		if (records.isEmpty()) {
			rows.add(new Row(1, null, null, null, List.of(Problem.of(null, "participation.import.empty"))));
			return rows;
		}
		Map<String, Integer> columns = new HashMap<>();
		List<String> header = records.get(0);
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip(), i);
		}
		List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			rows.add(new Row(1, null, null, null,
					List.of(Problem.of(null, "participation.import.columnsMissing", String.join(", ", missing)))));
			return rows;
		}
		if (records.size() - 1 > MAX_ROWS) {
			rows.add(new Row(1, null, null, null, List.of(Problem.of(null, "participation.import.tooMany", MAX_ROWS))));
			return rows;
		}
		for (int r = 1; r < records.size(); r++) {
			List<String> cells = records.get(r);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			rows.add(row(r + 1, cell -> columns.containsKey(cell) && columns.get(cell) < cells.size()
					? cells.get(columns.get(cell)).strip() : "", today));
		}
		return rows;
	}

	private static Row row(int number, java.util.function.Function<String, String> cell, LocalDate today) {
		String retention = cell.apply("retention_months");
		StakeholderDraft draft = new StakeholderDraft(cell.apply("name"), cell.apply("organisation"),
				cell.apply("type"), cell.apply("sector"), cell.apply("interest"), cell.apply("phone"),
				cell.apply("email"), true, retention.isEmpty() ? "24" : retention);
		List<Problem> problems = new ArrayList<>(StakeholderRules.problemsOf(draft.name(), draft.organisation(),
				draft.type(), draft.sector(), draft.interest(), draft.phone(), draft.email(), true,
				draft.retentionMonths()));
		String channel = consentChannel(cell.apply("consent"));
		LocalDate collectedOn = null;
		if (channel.equals("PAPER")) {
			collectedOn = date(cell.apply("consent_date"));
			if (collectedOn == null) {
				problems.add(Problem.of("consent_date", "participation.import.consentDate.required"));
			}
			else if (collectedOn.isAfter(today)) {
				problems.add(Problem.of("consent_date", "participation.import.consentDate.future"));
			}
		}
		else if (!channel.equals("ONLINE")) {
			problems.add(Problem.of("consent", "participation.import.consent.required"));
			channel = null;
		}
		return new Row(number, draft, channel, collectedOn, problems);
	}

	/** ONLINE or PAPER, also typed as the Thai words the Thai instructions give (ออนไลน์, กระดาษ). */
	private static String consentChannel(String text) {
		return switch (text.strip()) {
			case "ออนไลน์" -> "ONLINE";
			case "กระดาษ" -> "PAPER";
			default -> text.strip().toUpperCase(Locale.ROOT);
		};
	}

	/** An ISO date (2026-12-08), or {@code null}. */
	private static LocalDate date(String text) {
		try {
			return text.isEmpty() ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
