package org.smartcityplanner.reports.spi;

/**
 * Renders a module's own publications; provided by the reports module (inject it), so contributing modules never
 * touch the rendering engine. The file's name, route and access rules stay with the module that publishes it.
 */
public interface Publisher {

	/** An editable Word document naming the Thai government font. */
	byte[] docx(Publication publication);

	/**
	 * A PDF of the publication with the Thai font embedded.
	 *
	 * @throws PdfNotAvailableException when this node cannot make PDFs (DOCX and XLSX still work)
	 */
	byte[] pdf(Publication publication);

	/** An Excel workbook. */
	byte[] xlsx(Workbook workbook);
}
