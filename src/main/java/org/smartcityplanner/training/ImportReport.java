package org.smartcityplanner.training;

import java.util.List;

/**
 * What a bulk import did, row by row. When any row has an error nothing is saved ({@code saved} is false) and
 * the user fixes the file; duplicates are not errors: they are skipped and named.
 *
 * @param rows one line per data row of the file
 * @param saved whether the new trainees were saved
 * @param fileProblem a problem with the file as a whole (missing columns, wrong type), or {@code null}
 */
public record ImportReport(List<Row> rows, boolean saved, FieldProblem fileProblem) {

	public ImportReport {
		rows = List.copyOf(rows);
	}

	/** The outcome of one row. */
	public enum Status {
		ADDED, DUPLICATE, ERROR
	}

	/**
	 * @param rowNumber the row as a spreadsheet numbers it
	 * @param name the name in the row
	 * @param status outcome
	 * @param problems what is wrong (errors) or whom it duplicates
	 */
	public record Row(int rowNumber, String name, Status status, List<FieldProblem> problems) {
		public Row {
			problems = List.copyOf(problems);
		}
	}

	public long added() {
		return count(Status.ADDED);
	}

	public long duplicates() {
		return count(Status.DUPLICATE);
	}

	public long errors() {
		return count(Status.ERROR);
	}

	public long count(Status status) {
		return rows.stream().filter(row -> row.status() == status).count();
	}
}
