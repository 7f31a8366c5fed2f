package org.smartcityplanner.publication;

/**
 * Renders a module's own publications; provided by the reports module (inject it), so contributing modules never
 * touch the rendering engine. The file's name, route and access rules stay with the module that publishes it.
 * Each format can be asked for with Thai numerals (๐-๙ in text, tables, charts, dates, page numbers and workbook
 * number formats); they apply to Thai publications only, an English one keeps its digits.
 */
public interface Publisher {

	/** An editable Word document naming the Thai government font, with Thai numerals when asked. */
	byte[] docx(Publication publication, boolean thaiNumerals);

	/**
	 * A PDF of the publication with the Thai font embedded, with Thai numerals when asked.
	 *
	 * @throws PdfNotAvailableException when this node cannot make PDFs (DOCX and XLSX still work)
	 */
	byte[] pdf(Publication publication, boolean thaiNumerals);

	/** An Excel workbook, its number formats printing Thai numerals when asked. */
	byte[] xlsx(Workbook workbook, boolean thaiNumerals);

	/** An editable Word document with Western digits. */
	default byte[] docx(Publication publication) {
		return docx(publication, false);
	}

	/**
	 * A PDF with Western digits.
	 *
	 * @throws PdfNotAvailableException when this node cannot make PDFs (DOCX and XLSX still work)
	 */
	default byte[] pdf(Publication publication) {
		return pdf(publication, false);
	}

	/** An Excel workbook with Western digits. */
	default byte[] xlsx(Workbook workbook) {
		return xlsx(workbook, false);
	}
}
