package org.smartcityplanner.reports.internal;

/** The publications this module makes. */
public enum ReportKind {
	/** The master-plan book, DOCX and PDF. */
	MASTER_PLAN_BOOK
}
