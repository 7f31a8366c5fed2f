package org.smartcityplanner.reports.book;

/** The book's generation was cancelled between two chapters. */
public class BookCancelledException extends RuntimeException {

	public BookCancelledException() {
		super("generation cancelled");
	}
}
