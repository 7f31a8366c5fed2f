package org.smartcityplanner.documents.internal;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.smartcityplanner.documents.Align;
import org.smartcityplanner.documents.NumberStyle;

/**
 * The workbook's cell styles, made once each (a workbook holds a limited number of styles). Number formats
 * print Thai numerals through the locale code {@code [$-D07041E]} when the workbook asks for them.
 */
final class XlsxStyles {

	/** Excel's locale prefix for Thai with Thai digits. */
	static final String THAI_DIGITS = "[$-D07041E]";

	private final XSSFWorkbook workbook;
	private final Font plain;
	private final Font bold;
	private final Font titleFont;
	private final boolean thaiNumerals;
	private final Map<String, CellStyle> cache = new HashMap<>();

	XlsxStyles(XSSFWorkbook workbook, String family, boolean thaiNumerals) {
		this.workbook = workbook;
		this.thaiNumerals = thaiNumerals;
		this.plain = font(family, 14, false);
		this.bold = font(family, 14, true);
		this.titleFont = font(family, 18, true);
	}

	CellStyle title() {
		return cache.computeIfAbsent("title", k -> {
			CellStyle style = workbook.createCellStyle();
			style.setFont(titleFont);
			style.setAlignment(HorizontalAlignment.CENTER);
			return style;
		});
	}

	CellStyle subtitle() {
		return cache.computeIfAbsent("subtitle", k -> {
			CellStyle style = workbook.createCellStyle();
			style.setFont(bold);
			style.setAlignment(HorizontalAlignment.CENTER);
			return style;
		});
	}

	CellStyle text(Align align, boolean isBold, boolean header, boolean quotePrefixed) {
		String key = "text:" + align + isBold + header + quotePrefixed;
		return cache.computeIfAbsent(key, k -> {
			CellStyle style = bordered(isBold);
			style.setAlignment(horizontal(align));
			style.setWrapText(true);
			style.setQuotePrefixed(quotePrefixed);
			if (header) {
				style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			return style;
		});
	}

	CellStyle number(NumberStyle numberStyle, boolean isBold) {
		return cache.computeIfAbsent("number:" + numberStyle + isBold, k -> {
			CellStyle style = bordered(isBold);
			style.setAlignment(HorizontalAlignment.RIGHT);
			style.setDataFormat(workbook.createDataFormat().getFormat(format(numberStyle)));
			return style;
		});
	}

	/** Text with its digits as the workbook prints them (Thai numerals when asked). */
	String digits(String text) {
		return org.smartcityplanner.documents.ThaiNumerals.apply(text, thaiNumerals);
	}

	/** The format code of a number style, with Thai digits when the workbook asks for them. */
	String format(NumberStyle style) {
		return thaiNumerals ? THAI_DIGITS + style.excelFormat() : style.excelFormat();
	}

	private CellStyle bordered(boolean isBold) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(isBold ? bold : plain);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

	private Font font(String family, int size, boolean isBold) {
		Font font = workbook.createFont();
		font.setFontName(family);
		font.setFontHeightInPoints((short) size);
		font.setBold(isBold);
		return font;
	}

	private static HorizontalAlignment horizontal(Align align) {
		return switch (align) {
			case CENTER -> HorizontalAlignment.CENTER;
			case RIGHT -> HorizontalAlignment.RIGHT;
			case JUSTIFY, DISTRIBUTED -> HorizontalAlignment.JUSTIFY;
			default -> HorizontalAlignment.LEFT;
		};
	}
}
