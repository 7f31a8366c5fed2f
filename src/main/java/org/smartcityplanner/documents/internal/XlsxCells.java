package org.smartcityplanner.documents.internal;

import org.smartcityplanner.documents.Align;
import org.smartcityplanner.documents.CellValue;

/**
 * Writes one cell value: numbers and formulas with their number format, text as plain text (quote-prefixed
 * when a spreadsheet would otherwise take it for a formula).
 */
final class XlsxCells {

	private XlsxCells() {
	}

	static void write(org.apache.poi.ss.usermodel.Cell target, CellValue value, XlsxStyles styles, Align align,
			boolean bold, boolean header) {
		// text prints its digits as the workbook asks (numbers do it through their format)
		if (value instanceof CellValue.Number number) {
			target.setCellValue(number.value().doubleValue());
			target.setCellStyle(styles.number(number.style(), bold));
		}
		else if (value instanceof CellValue.Formula formula) {
			target.setCellFormula(formula.expression());
			target.setCellStyle(styles.number(formula.style(), bold));
		}
		else if (value instanceof CellValue.Text text) {
			target.setCellValue(styles.digits(text.text()));
			target.setCellStyle(styles.text(align, bold, header, looksLikeFormula(text.text())));
		}
		else {
			target.setCellStyle(styles.text(align, bold, header, false));
		}
	}

	/** Text a spreadsheet would run as a formula or command when typed in. */
	static boolean looksLikeFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}
}
