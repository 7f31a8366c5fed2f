package org.smartcityplanner.bench;

import java.util.Base64;
import java.util.List;

import org.smartcityplanner.documents.Block;
import org.smartcityplanner.documents.BulletList;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.CellValue;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.HeadingNumbers;
import org.smartcityplanner.documents.Image;
import org.smartcityplanner.documents.NumberText;
import org.smartcityplanner.documents.PageBreak;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.Section;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.TableGrid;
import org.smartcityplanner.documents.TableOfContents;

/**
 * The second PDF route, kept only for the comparison: the document as print-ready HTML (CSS paged media, named
 * pages for landscape sections, table headers repeated by {@code thead}) for headless Chromium to print.
 * Chromium cannot put page numbers in a table of contents (no {@code target-counter()}), and its command line
 * cannot print Thai page numbers in a header, so the TOC lists headings only.
 */
final class HtmlRoute {

	private final StringBuilder out = new StringBuilder();
	private List<String> numbers;
	private List<Heading> headings;
	private int headingIndex;

	String render(DocumentModel model) {
		headings = model.headings();
		numbers = HeadingNumbers.of(headings, model.info().language());
		var page = model.page();
		out.append("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>")
			.append(esc(model.info().title())).append("</title><style>")
			.append("@page{size:A4;margin:%scm %scm %scm %scm}".formatted(page.marginTopCm(), page.marginRightCm(),
					page.marginBottomCm(), page.marginLeftCm()))
			.append("@page wide{size:A4 landscape}section{break-before:page}section.wide{page:wide}")
			.append("body{font-family:'TH SarabunPSK','Laksaman',serif;font-size:16pt;line-height:1.15;margin:0}")
			.append("h1{font-size:20pt;text-align:center}h2{font-size:18pt}h3{font-size:16pt}h1,h2,h3{break-after:avoid}")
			.append("p{margin:0;text-align:justify;text-indent:1.25cm}table{border-collapse:collapse;width:100%;font-size:14pt}")
			.append("th,td{border:1px solid #000;padding:1pt 4pt;vertical-align:top}th{background:#dce6f1}")
			.append("thead{display:table-header-group}tr{break-inside:avoid}.cover{text-align:center;padding-top:8cm}")
			.append(".r{text-align:right}.c{text-align:center}figure{text-align:center;margin:6pt 0}</style></head><body>");
		if (model.cover() != null) {
			out.append("<div class=\"cover\"><div style=\"font-size:32pt;font-weight:bold\">")
				.append(esc(model.cover().title())).append("</div><div style=\"font-size:24pt\">")
				.append(esc(model.cover().subtitle())).append("</div>");
			model.cover().lines().forEach(l -> out.append("<div style=\"font-size:18pt\">").append(esc(l)).append("</div>"));
			out.append("</div>");
		}
		for (Section section : model.sections()) {
			out.append("<section class=\"").append(section.orientation().name().equals("LANDSCAPE") ? "wide" : "")
				.append("\">");
			section.blocks().forEach(this::block);
			out.append("</section>");
		}
		return out.append("</body></html>").toString();
	}

	private void block(Block block) {
		if (block instanceof Heading h) {
			String number = numbers.get(headingIndex++);
			out.append("<h").append(h.level()).append(" id=\"h").append(headingIndex).append("\">")
				.append(esc(HeadingNumbers.title(h, number))).append("</h").append(h.level()).append(">");
		}
		else if (block instanceof Paragraph p) {
			out.append("<p>").append(esc(p.text())).append("</p>");
		}
		else if (block instanceof BulletList l) {
			out.append(l.numbered() ? "<ol>" : "<ul>");
			l.items().forEach(i -> out.append("<li>").append(esc(i)).append("</li>"));
			out.append(l.numbered() ? "</ol>" : "</ul>");
		}
		else if (block instanceof Table t) {
			table(t);
		}
		else if (block instanceof Image i) {
			out.append("<figure><img alt=\"").append(esc(i.altText())).append("\" style=\"width:").append(i.widthCm())
				.append("cm\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(i.png()))
				.append("\"><figcaption>").append(esc(i.caption())).append("</figcaption></figure>");
		}
		else if (block instanceof PageBreak) {
			out.append("<div style=\"break-after:page\"></div>");
		}
		else if (block instanceof TableOfContents) {
			out.append("<h1>สารบัญ</h1><div>");
			for (int i = 0; i < headings.size(); i++) {
				out.append("<div>").append(esc(HeadingNumbers.title(headings.get(i), numbers.get(i)))).append("</div>");
			}
			out.append("</div>");
		}
	}

	private void table(Table t) {
		out.append("<p style=\"text-indent:0;font-weight:bold\">").append(esc(t.caption())).append("</p><table><thead>");
		rows(t, t.headerRows(), true);
		out.append("</thead><tbody>");
		if (t.isEmpty()) {
			out.append("<tr><td class=\"c\" colspan=\"").append(t.columns().size()).append("\">ยังไม่มีข้อมูล</td></tr>");
		}
		rows(t, t.rows(), false);
		out.append("</tbody></table>");
	}

	private void rows(Table t, List<List<Cell>> rows, boolean header) {
		TableGrid.layout(t.columns().size(), rows);
		for (List<Cell> row : rows) {
			out.append("<tr>");
			for (Cell cell : row) {
				String tag = header ? "th" : "td";
				out.append('<').append(tag).append(" colspan=\"").append(cell.colSpan()).append("\" rowspan=\"")
					.append(cell.rowSpan()).append("\"").append(cell.value() instanceof CellValue.Text ? "" : " class=\"r\"")
					.append('>').append(esc(text(cell.value()))).append("</").append(tag).append('>');
			}
			out.append("</tr>");
		}
	}

	private static String text(CellValue value) {
		if (value instanceof CellValue.Text t) {
			return t.text();
		}
		if (value instanceof CellValue.Number n) {
			return NumberText.format(n.value(), n.style(), false);
		}
		if (value instanceof CellValue.Formula f && f.shown() != null) {
			return NumberText.format(f.shown(), f.style(), false);
		}
		return "";
	}

	private static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
