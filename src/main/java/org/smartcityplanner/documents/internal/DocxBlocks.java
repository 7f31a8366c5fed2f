package org.smartcityplanner.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.smartcityplanner.documents.Align;
import org.smartcityplanner.documents.BulletList;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.Image;
import org.smartcityplanner.documents.PageSetup;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.Run;

/**
 * Writes the simple blocks (headings, paragraphs, lists, pictures, breaks) into a Word document.
 */
final class DocxBlocks {

	private final XWPFDocument doc;
	private final PageSetup page;
	private final TextOut text;
	private BigInteger bulletNumId;
	private int listCount;

	DocxBlocks(XWPFDocument doc, PageSetup page, TextOut text) {
		this.doc = doc;
		this.page = page;
		this.text = text;
	}

	void heading(Heading heading) {
		XWPFParagraph p = doc.createParagraph();
		p.setStyle("Heading" + heading.level());
		p.createRun().setText(text.heading(heading));
	}

	void paragraph(Paragraph paragraph) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment(paragraph.align()));
		if (paragraph.indentFirst()) {
			p.setIndentationFirstLine((int) Math.round(1.25 * DocxRenderer.TWIPS_PER_CM));
		}
		if (paragraph.spaceBefore() > 0) {
			p.setSpacingBefore(paragraph.spaceBefore() * 20);
		}
		if (paragraph.runs().isEmpty() || paragraph.text().isBlank()) {
			placeholderRun(p);
			return;
		}
		for (Run run : paragraph.runs()) {
			XWPFRun r = p.createRun();
			setText(r, text.text(run.text()));
			style(r, run.bold(), run.italic(), run.sizePt());
		}
	}

	void list(BulletList list) {
		if (list.items().isEmpty()) {
			placeholder();
			return;
		}
		BigInteger numId = list.numbered() ? newNumberedList() : bulletList();
		for (String item : list.items()) {
			XWPFParagraph p = doc.createParagraph();
			p.setNumID(numId);
			p.setNumILvl(BigInteger.ZERO);
			p.setAlignment(ParagraphAlignment.LEFT);
			p.createRun().setText(text.text(item));
		}
	}

	void image(Image image, double textWidthCm) {
		double widthCm = Math.min(image.widthCm(), textWidthCm);
		double heightCm = widthCm * image.heightPx() / image.widthPx();
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setKeepNext(!image.caption().isBlank());
		try {
			p.createRun().addPicture(new ByteArrayInputStream(image.png()), Document.PICTURE_TYPE_PNG, "image.png",
					(int) Math.round(widthCm * Units.EMU_PER_CENTIMETER),
					(int) Math.round(heightCm * Units.EMU_PER_CENTIMETER));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalArgumentException("not a PNG image", ex);
		}
		if (!image.caption().isBlank()) {
			XWPFParagraph caption = doc.createParagraph();
			caption.setAlignment(ParagraphAlignment.CENTER);
			caption.setStyle("Caption");
			caption.createRun().setText(text.caption(image));
		}
	}

	void pageBreak() {
		doc.createParagraph().createRun().addBreak(BreakType.PAGE);
	}

	/** The "no data yet" placeholder as a paragraph of its own. */
	void placeholder() {
		XWPFParagraph p = doc.createParagraph();
		p.setIndentationFirstLine((int) Math.round(1.25 * DocxRenderer.TWIPS_PER_CM));
		placeholderRun(p);
	}

	void spacer(int lines) {
		for (int i = 0; i < lines; i++) {
			doc.createParagraph();
		}
	}

	void styled(String style, String content) {
		XWPFParagraph p = doc.createParagraph();
		p.setStyle(style);
		p.createRun().setText(text.text(content));
	}

	void centered(String content, int sizePt, boolean bold) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		sizedRun(p, text.text(content), sizePt, bold);
	}

	void sizedRun(XWPFParagraph p, String content, int sizePt, boolean bold) {
		XWPFRun r = p.createRun();
		r.setText(content);
		style(r, bold, false, sizePt);
	}

	private void placeholderRun(XWPFParagraph p) {
		XWPFRun r = p.createRun();
		r.setText(text.noData());
		style(r, false, true, 0);
	}

	/** Sets the run's text; line breaks in it become line breaks in the paragraph. */
	static void setText(XWPFRun run, String content) {
		String[] lines = content.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}

	/** Bold and size for Latin and Thai (complex script) text alike. */
	static void style(XWPFRun r, boolean bold, boolean italic, int sizePt) {
		CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
		if (bold) {
			rpr.addNewB();
			rpr.addNewBCs();
		}
		if (italic) {
			rpr.addNewI();
			rpr.addNewICs();
		}
		if (sizePt > 0) {
			rpr.addNewSz().setVal(BigInteger.valueOf(sizePt * 2L));
			rpr.addNewSzCs().setVal(BigInteger.valueOf(sizePt * 2L));
		}
	}

	static ParagraphAlignment alignment(Align align) {
		return switch (align) {
			case LEFT -> ParagraphAlignment.LEFT;
			case CENTER -> ParagraphAlignment.CENTER;
			case RIGHT -> ParagraphAlignment.RIGHT;
			case JUSTIFY -> ParagraphAlignment.BOTH;
			case DISTRIBUTED -> ParagraphAlignment.THAI_DISTRIBUTE;
		};
	}

	private BigInteger bulletList() {
		if (bulletNumId == null) {
			bulletNumId = addList("bullet", "\u2022");
		}
		return bulletNumId;
	}

	private BigInteger newNumberedList() {
		return addList("decimal", "%1)");
	}

	private BigInteger addList(String format, String levelText) {
		XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
		int id = ++listCount;
		String xml = """
				<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
				<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>
				<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>
				<w:pPr><w:ind w:left="1077" w:hanging="357"/></w:pPr></w:lvl></w:abstractNum></w:numbering>
				""".formatted(id, format, levelText);
		try {
			var abstractNum = NumberingDocument.Factory.parse(xml).getNumbering().getAbstractNumArray(0);
			BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
			return numbering.addNum(abstractId);
		}
		catch (XmlException ex) {
			throw new IllegalStateException("built-in list definition does not parse", ex);
		}
	}
}
