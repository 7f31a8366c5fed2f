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
import org.smartcityplanner.documents.PageSetup;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.TableGrid;

/**
 * Writes a {@link Table} as a Word table of fixed column widths: header rows repeat on every page and are
 * shaded, merged cells use grid spans and vertical merges, rows never split across pages.
 */
final class DocxTables {

	private static final String HEADER_FILL = "DCE6F1";
	private static final String TOTAL_FILL = "F2F2F2";

	private final XWPFDocument doc;
	private final PageSetup page;
	private final TextOut text;

	DocxTables(XWPFDocument doc, PageSetup page, TextOut text) {
		this.doc = doc;
		this.page = page;
		this.text = text;
	}

	void table(Table model, double widthCm) {
		if (!model.caption().isBlank()) {
			XWPFParagraph caption = doc.createParagraph();
			caption.setStyle("Caption");
			caption.createRun().setText(text.text(model.caption()));
		}
		int columns = model.columns().size();
		long[] widths = widths(model, widthCm);
		XWPFTable table = doc.createTable();
		table.removeRow(0);
		setUp(table, widths);
		List<List<Cell>> body = model.isEmpty()
				? List.of(List.of(new Cell(new CellValue.Text(text.noData()), columns, 1, false, Align.CENTER)))
				: model.rows();
		writeRows(table, model, model.headerRows(), widths, true);
		writeRows(table, model, body, widths, false);
		doc.createParagraph();
	}

	private void writeRows(XWPFTable table, Table model, List<List<Cell>> rows, long[] widths, boolean header) {
		TableGrid.Slot[][] grid = TableGrid.layout(widths.length, rows);
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = appendRow(table);
			row.setCantSplitRow(true);
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
				tc.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
				if (header || total) {
					tc.setColor(header ? HEADER_FILL : TOTAL_FILL);
				}
				XWPFParagraph p = tc.getParagraphs().isEmpty() ? tc.addParagraph() : tc.getParagraphs().get(0);
				p.setStyle("TableText");
				Align align = cell.align() != null ? cell.align() : header ? Align.CENTER : model.columns().get(c).align();
				p.setAlignment(align == Align.DISTRIBUTED || align == Align.JUSTIFY ? ParagraphAlignment.LEFT
						: DocxBlocks.alignment(align));
				if (origin) {
					cellText(p, text.cell(cell.value()), cell.bold() || header || total);
				}
			}
		}
	}

	/**
	 * Writes the run straight into the XML: POI's run object searches each new run for pictures, which costs more
	 * than the rest of the cell in tables of thousands of cells.
	 */
	private static void cellText(XWPFParagraph paragraph, String content, boolean bold) {
		var run = paragraph.getCTP().addNewR();
		if (bold) {
			var rpr = run.addNewRPr();
			rpr.addNewB();
			rpr.addNewBCs();
		}
		String[] lines = content.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addNewBr();
			}
			var t = run.addNewT();
			t.setStringValue(lines[i]);
			t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
		}
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

	private long[] widths(Table model, double widthCm) {
		double totalWeight = model.columns().stream().mapToDouble(c -> c.weight()).sum();
		long available = Math.round(widthCm * DocxRenderer.TWIPS_PER_CM);
		long[] widths = new long[model.columns().size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = Math.max(200, Math.round(available * model.columns().get(i).weight() / totalWeight));
		}
		return widths;
	}

	PageSetup page() {
		return page;
	}
}
