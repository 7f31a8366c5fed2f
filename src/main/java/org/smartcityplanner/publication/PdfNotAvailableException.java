package org.smartcityplanner.publication;

/** A PDF was asked for but this node has no PDF engine; the message says why. */
public class PdfNotAvailableException extends RuntimeException {

	public PdfNotAvailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
