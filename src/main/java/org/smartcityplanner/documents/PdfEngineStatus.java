package org.smartcityplanner.documents;

/**
 * Whether this node can make PDFs.
 *
 * @param available whether {@link DocumentsApi#pdf} works
 * @param engine    what makes the PDFs (e.g. "LibreOffice at /usr/lib/libreoffice, Thai font Laksaman")
 * @param problem   when not available, what is missing and how to install it (English, for administrators)
 */
public record PdfEngineStatus(boolean available, String engine, String problem) {

	public static PdfEngineStatus ready(String engine) {
		return new PdfEngineStatus(true, engine, "");
	}

	public static PdfEngineStatus missing(String problem) {
		return new PdfEngineStatus(false, "", problem);
	}
}
