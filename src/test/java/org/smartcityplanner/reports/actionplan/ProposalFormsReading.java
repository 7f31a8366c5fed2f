package org.smartcityplanner.reports.actionplan;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.smartcityplanner.documents.ThaiNumerals;

/** Reads the proposal forms' tables back from the DOCX. */
final class ProposalFormsReading {

	private ProposalFormsReading() {
	}

	/** The tables of what a project asks by budget category, in project order. */
	static List<XWPFTable> categoryTables(XWPFDocument document) {
		return document.getTables().stream()
			.filter(table -> table.getRow(0).getCell(0).getText().strip().equals("งบรายจ่าย"))
			.toList();
	}

	/** The project list: the table whose first header is "ลำดับ". */
	static XWPFTable projectList(XWPFDocument document) {
		return document.getTables().stream()
			.filter(table -> table.getRow(0).getCell(0).getText().strip().equals("ลำดับ")).findFirst().orElseThrow();
	}

	/** The amount in column {@code column} of the row whose first cell reads {@code label}. */
	static BigDecimal amount(XWPFTable table, String label, int column) {
		for (XWPFTableRow row : table.getRows()) {
			if (row.getCell(0).getText().strip().equals(label)) {
				return number(row.getCell(column).getText());
			}
		}
		throw new AssertionError("no row " + label);
	}

	static BigDecimal number(String text) {
		return new BigDecimal(ThaiNumerals.toArabic(text).replace(",", "").strip());
	}
}
