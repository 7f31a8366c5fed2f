package org.smartcityplanner.documents.internal;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.TableOfContents;

/**
 * Writes the table of contents as a Word TOC field over the heading styles, pre-filled with the headings
 * (without page numbers). Word refreshes it when the file is opened (the document asks it to update fields);
 * the PDF converter refreshes it before printing, which fills in the page numbers.
 */
final class DocxToc {

	private final XWPFDocument doc;
	private final TextOut text;

	DocxToc(XWPFDocument doc, TextOut text) {
		this.doc = doc;
		this.text = text;
	}

	void write(TableOfContents toc, List<Heading> headings) {
		XWPFParagraph title = doc.createParagraph();
		title.setAlignment(ParagraphAlignment.CENTER);
		title.setSpacingAfter(240);
		var run = title.createRun();
		run.setText(text.language().contents());
		DocxBlocks.style(run, true, false, 20);
		XWPFParagraph pageLabel = doc.createParagraph();
		pageLabel.setAlignment(ParagraphAlignment.RIGHT);
		DocxBlocks.style(labelRun(pageLabel), true, false, 0);
		List<Heading> listed = headings.stream().filter(h -> h.level() <= toc.depth()).toList();
		XWPFParagraph first = doc.createParagraph();
		first.setStyle("TOC1");
		fieldChar(first, STFldCharType.BEGIN);
		var instr = first.createRun().getCTR().addNewInstrText();
		instr.setStringValue(" TOC \\o \"1-" + toc.depth() + "\" \\h \\z \\u ");
		instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
		fieldChar(first, STFldCharType.SEPARATE);
		XWPFParagraph last = first;
		for (int i = 0; i < listed.size(); i++) {
			Heading heading = listed.get(i);
			XWPFParagraph entry = i == 0 ? first : doc.createParagraph();
			entry.setStyle("TOC" + heading.level());
			entry.createRun().setText(text.heading(heading));
			last = entry;
		}
		if (listed.isEmpty()) {
			first.createRun().setText(text.noData());
		}
		fieldChar(last, STFldCharType.END);
		doc.enforceUpdateFields();
	}

	private org.apache.poi.xwpf.usermodel.XWPFRun labelRun(XWPFParagraph p) {
		var run = p.createRun();
		run.setText(text.language().page());
		return run;
	}

	private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
		p.createRun().getCTR().addNewFldChar().setFldCharType(type);
	}
}
