package org.smartcityplanner.documents;

/**
 * A PDF was asked for but this node cannot make one; {@link #status()} says why. DOCX and XLSX still work.
 */
public class PdfUnavailableException extends RuntimeException {

	private final transient PdfEngineStatus status;

	public PdfUnavailableException(PdfEngineStatus status, Throwable cause) {
		super("PDF engine unavailable: " + status.problem(), cause);
		this.status = status;
	}

	public PdfEngineStatus status() {
		return status;
	}
}
