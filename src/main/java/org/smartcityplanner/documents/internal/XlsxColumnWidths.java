package org.smartcityplanner.documents.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.CellValue;
import org.smartcityplanner.documents.DrawingFonts;
import org.smartcityplanner.documents.NumberText;
import org.smartcityplanner.documents.Orientation;
import org.smartcityplanner.documents.Table;

/**
 * Column widths: each column gets its share of the printed page by weight, and a column of numbers at least the
 * width of its widest number as shown (format, digits and weight of the font, 14 pt), so no spreadsheet ever
 * shows "#####" for a figure. Text columns keep their share and wrap.
 */
final class XlsxColumnWidths {

	/** Body text size in the workbook. */
	static final float SIZE_PT = 14f;
	/** A spreadsheet's width unit is the widest digit of the default font (Calibri 11): 7 pixels at 96 dpi. */
	private static final double DIGIT_PX = 7;
	/** Cell padding the spreadsheet keeps on both sides, with a little room for a font a shade wider. */
	private static final double PADDING_PX = 12;
	private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

	private XlsxColumnWidths() {
	}

	static void apply(Sheet sheet, Table table, List<List<Cell>> body, Orientation orientation, boolean thaiNumerals,
			boolean totalsRow) {
		double totalWeight = table.columns().stream().mapToDouble(c -> c.weight()).sum();
		int totalChars = orientation == Orientation.LANDSCAPE ? 160 : 110;
		double[] numbers = new double[table.columns().size()];
		for (int r = 0; r < body.size(); r++) {
			boolean boldRow = totalsRow && r == body.size() - 1;
			int c = 0;
			for (Cell cell : body.get(r)) {
				if (cell.colSpan() == 1 && c < numbers.length) {
					String shown = shown(cell.value(), thaiNumerals);
					if (shown != null) {
						numbers[c] = Math.max(numbers[c], pixels(shown, boldRow || cell.bold()));
					}
				}
				c += cell.colSpan();
			}
		}
		for (int c = 0; c < table.columns().size(); c++) {
			double chars = Math.max(6, totalChars * table.columns().get(c).weight() / totalWeight);
			if (numbers[c] > 0) {
				chars = Math.max(chars, (numbers[c] + PADDING_PX) / DIGIT_PX);
			}
			sheet.setColumnWidth(c, (int) Math.min(255 * 256, Math.ceil(chars * 256)));
		}
	}

	/** The number as the cell shows it, or null for text. */
	private static String shown(CellValue value, boolean thaiNumerals) {
		if (value instanceof CellValue.Number number) {
			return NumberText.format(number.value(), number.style(), thaiNumerals);
		}
		if (value instanceof CellValue.Formula formula && formula.shown() != null) {
			return NumberText.format(formula.shown(), formula.style(), thaiNumerals);
		}
		return null;
	}

	/** The width of {@code text} at 14 pt in pixels at 96 dpi. */
	static double pixels(String text, boolean bold) {
		Font font = DrawingFonts.thai(bold ? Font.BOLD : Font.PLAIN, SIZE_PT);
		return font.getStringBounds(text, MEASURE).getWidth() * 96 / 72;
	}
}
