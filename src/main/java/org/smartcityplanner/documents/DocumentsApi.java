package org.smartcityplanner.documents;

/**
 * Renders documents. DOCX and XLSX always work; PDF needs the PDF engine (LibreOffice with the Thai fonts,
 * system packages) and says so through {@link #pdfEngine()} and {@link PdfUnavailableException} when it is
 * missing.
 */
public interface DocumentsApi {

	/** An editable Word document naming the Thai government font. */
	byte[] docx(DocumentModel model);

	/** A PDF of the same document, the Thai font embedded, A4, page numbers and table of contents filled in. */
	byte[] pdf(DocumentModel model);

	/** A PDF of an already rendered DOCX (to print exactly the file the user downloads). */
	byte[] pdfOfDocx(byte[] docx);

	/** An Excel workbook. */
	byte[] xlsx(WorkbookModel workbook);

	/** Whether PDFs can be made on this node, and if not, why. */
	PdfEngineStatus pdfEngine();
}
