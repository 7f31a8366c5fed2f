package org.smartcityplanner.engagement.web.pool;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smartcityplanner.engagement.internal.pool.AbsenceKind;

/** The admin's form for adding an absence. */
class AbsenceForm {

	@NotNull(message = "{validation.required}")
	private LocalDate fromDate;

	@NotNull(message = "{validation.required}")
	private LocalDate toDate;

	@NotNull(message = "{validation.required}")
	private AbsenceKind kind = AbsenceKind.LEAVE;

	@Size(max = 300, message = "{validation.tooLong}")
	private String note = "";

	/** The last day may not come before the first. */
	@AssertTrue(message = "{pool.error.absenceEndsBeforeStart}")
	public boolean isInOrder() {
		return fromDate == null || toDate == null || !toDate.isBefore(fromDate);
	}

	public LocalDate getFromDate() {
		return fromDate;
	}

	public void setFromDate(LocalDate fromDate) {
		this.fromDate = fromDate;
	}

	public LocalDate getToDate() {
		return toDate;
	}

	public void setToDate(LocalDate toDate) {
		this.toDate = toDate;
	}

	public AbsenceKind getKind() {
		return kind;
	}

	public void setKind(AbsenceKind kind) {
		this.kind = kind;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
