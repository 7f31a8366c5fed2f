package org.smartcityplanner.documents.internal;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.smartcityplanner.documents.Align;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.CellValue;
import org.smartcityplanner.documents.Orientation;
import org.smartcityplanner.documents.PageSetup;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.TableGrid;
import org.smartcityplanner.documents.TableLayout;

/**
 * Writes a {@link Table} as a Word table with column widths and text size from its content
 * ({@link TableLayout}): header rows repeat on every page, are shaded and stay with the first body row; merged
 * cells use grid spans and vertical merges; a row splits across pages only when it is too tall to move whole;
 * each line of a cell is a paragraph of its own, and "• " lines are list items with a hanging indent.
 */
final class DocxTables {

	private static final String HEADER_FILL = "DCE6F1";
	private static final String TOTAL_FILL = "F2F2F2";
	private static final String BULLET = "\u2022 ";
	private static final int BULLET_INDENT = 180;

	private final XWPFDocument doc;
	private final PageSetup page;
	private final TextOut text;

	DocxTables(XWPFDocument doc, PageSetup page, TextOut text) {
		this.doc = doc;
		this.page = page;
		this.text = text;
	}

	/** Writes the table with its caption; returns the small gap paragraph after it. */
	XWPFParagraph table(Table model, Orientation orientation) {
		if (!model.caption().isBlank()) {
			XWPFParagraph caption = doc.createParagraph();
			caption.setStyle("Caption");
			caption.createRun().setText(text.caption(model));
		}
		int columns = model.columns().size();
		List<List<Cell>> body = model.isEmpty()
				? List.of(List.of(new Cell(new CellValue.Text(text.noData()), columns, 1, false, Align.CENTER)))
				: model.rows();
		TableLayout layout = TableLayout.of(model, body, page, orientation, text::cell);
		long[] widths = new long[columns];
		for (int c = 0; c < columns; c++) {
			widths[c] = Math.round(layout.widthsPt()[c] * 20);
		}
		XWPFTable table = doc.createTable();
		table.removeRow(0);
		setUp(table, widths);
		int size = layout.sizePt() == page.tableSizePt() ? 0 : layout.sizePt();
		writeRows(table, model, model.headerRows(), widths, null, size);
		writeRows(table, model, body, widths, layout.mayNotSplit(), size);
		// a small gap after the table: a full empty line could spill alone onto a new page
		XWPFParagraph gap = doc.createParagraph();
		gap.setSpacingAfter(0);
		DocxBlocks.style(gap.createRun(), false, false, 6);
		return gap;
	}

	/**
	 * Writes rows; {@code keepWhole} says per body row whether it may split across pages (null: header rows,
	 * which never split, repeat on every page and stay with the first body row).
	 */
	private void writeRows(XWPFTable table, Table model, List<List<Cell>> rows, long[] widths, boolean[] keepWhole,
			int size) {
		boolean header = keepWhole == null;
		TableGrid.Slot[][] grid = TableGrid.layout(widths.length, rows);
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = appendRow(table);
			row.setCantSplitRow(header || keepWhole[r]);
			if (header) {
				row.setRepeatHeader(true);
			}
			boolean total = !header && model.totalsRow() && r == rows.size() - 1 && !model.isEmpty();
			for (int c = 0; c < widths.length; c++) {
				TableGrid.Slot slot = grid[r][c];
				if (slot.originCol() != c) {
					continue;
				}
				Cell cell = slot.cell();
				boolean origin = slot.originRow() == r;
				XWPFTableCell tc = row.addNewTableCell();
				CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
				long span = 0;
				for (int k = c; k < c + cell.colSpan(); k++) {
					span += widths[k];
				}
				pr.addNewTcW().setW(BigInteger.valueOf(span));
				pr.getTcW().setType(STTblWidth.DXA);
				if (cell.colSpan() > 1) {
					pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
				}
				if (cell.rowSpan() > 1) {
					var merge = pr.addNewVMerge();
					if (origin) {
						merge.setVal(STMerge.RESTART);
					}
				}
				tc.setVerticalAlignment(header ? XWPFTableCell.XWPFVertAlign.CENTER : XWPFTableCell.XWPFVertAlign.TOP);
				if (header || total) {
					tc.setColor(header ? HEADER_FILL : TOTAL_FILL);
				}
				Align align = cell.align() != null ? cell.align() : header ? Align.CENTER : model.columns().get(c).align();
				String content = origin ? text.cell(cell.value()) : "";
				XWPFParagraph p = tc.getParagraphs().isEmpty() ? tc.addParagraph() : tc.getParagraphs().get(0);
				String[] lines = content.split("\\R", -1);
				for (int i = 0; i < lines.length; i++) {
					XWPFParagraph line = i == 0 ? p : tc.addParagraph();
					line.setStyle("TableText");
					line.setAlignment(align == Align.DISTRIBUTED || align == Align.JUSTIFY ? ParagraphAlignment.LEFT
							: DocxBlocks.alignment(align));
					if (header) {
						// the header stays with the first body row: never alone at the foot of a page
						line.setKeepNext(true);
					}
					if (lines[i].startsWith(BULLET)) {
						// an item of a list in the cell: wrapped lines start under the text, not under the bullet
						line.setIndentationLeft(BULLET_INDENT);
						line.setIndentationHanging(BULLET_INDENT);
					}
					if (origin) {
						cellText(line, lines[i], cell.bold() || header || total, size);
					}
				}
			}
		}
	}

	/**
	 * Writes the run straight into the XML: POI's run object searches each new run for pictures, which costs more
	 * than the rest of the cell in tables of thousands of cells.
	 */
	private static void cellText(XWPFParagraph paragraph, String content, boolean bold, int sizePt) {
		var run = paragraph.getCTP().addNewR();
		if (bold || sizePt > 0) {
			var rpr = run.addNewRPr();
			if (bold) {
				rpr.addNewB();
				rpr.addNewBCs();
			}
			if (sizePt > 0) {
				rpr.addNewSz().setVal(BigInteger.valueOf(sizePt * 2L));
				rpr.addNewSzCs().setVal(BigInteger.valueOf(sizePt * 2L));
			}
		}
		var t = run.addNewT();
		t.setStringValue(content);
		t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
	}

	/**
	 * A new empty row at the end, written straight into the table's XML: inserting at an index is quadratic in
	 * the table, and createRow first makes (and here would remove) as many cells as the first row has.
	 */
	private static XWPFTableRow appendRow(XWPFTable table) {
		return new XWPFTableRow(table.getCTTbl().addNewTr(), table);
	}

	private void setUp(XWPFTable table, long[] widths) {
		CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
		long total = 0;
		for (long w : widths) {
			total += w;
		}
		var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
		width.setW(BigInteger.valueOf(total));
		width.setType(STTblWidth.DXA);
		CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (long w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		XWPFTable.XWPFBorderType line = XWPFTable.XWPFBorderType.SINGLE;
		table.setTopBorder(line, 4, 0, "000000");
		table.setBottomBorder(line, 4, 0, "000000");
		table.setLeftBorder(line, 4, 0, "000000");
		table.setRightBorder(line, 4, 0, "000000");
		table.setInsideHBorder(line, 4, 0, "000000");
		table.setInsideVBorder(line, 4, 0, "000000");
		table.setCellMargins(20, 80, 20, 80);
	}

	PageSetup page() {
		return page;
	}
}
