package org.smartcityplanner.reports.book;

import org.smartcityplanner.documents.DocumentModel;

/** One chapter of the master-plan book. */
interface Chapter {

	void write(DocumentModel.Builder book, BookParts parts);
}
