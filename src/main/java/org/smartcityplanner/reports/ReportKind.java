package org.smartcityplanner.reports;

/** The publications this module makes. */
public enum ReportKind {
	/** The master-plan book, DOCX and PDF. */
	MASTER_PLAN_BOOK
}
