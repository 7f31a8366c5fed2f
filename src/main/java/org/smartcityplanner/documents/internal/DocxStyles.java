package org.smartcityplanner.documents.internal;

import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.smartcityplanner.documents.PageSetup;

/**
 * The styles part of a DOCX: every style names the Thai government font for Latin and complex-script (Thai)
 * text alike, with both sizes set, so Word shows TH SarabunPSK at the intended size whatever the script. Latin
 * text is English and Thai text (a complex script) Thai: with Thai as the language of Latin text too, LibreOffice
 * broke English words anywhere ("Sm|art", "Distri|ct").
 */
final class DocxStyles {

	private DocxStyles() {
	}

	static CTStyles of(PageSetup page) {
		String xml = """
				<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
				<w:docDefaults><w:rPrDefault><w:rPr>%s<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="th-TH"/></w:rPr></w:rPrDefault>
				<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
				%s
				%s%s%s
				%s%s%s%s
				%s%s%s
				</w:styles>
				""".formatted(font(page, page.bodySizePt()),
				"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>",
				heading(page, 1), heading(page, 2), heading(page, 3),
				paragraph("Title", "Title", "<w:jc w:val=\"center\"/><w:spacing w:after=\"240\"/>", rpr(page, 32, true)),
				paragraph("Subtitle", "Subtitle", "<w:jc w:val=\"center\"/><w:spacing w:after=\"120\"/>", rpr(page, 24, true)),
				paragraph("Caption", "caption", "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/>", rpr(page, page.bodySizePt(), true)),
				paragraph("TableText", "Table Text", "", rpr(page, page.tableSizePt(), false)),
				paragraph("TOC1", "toc 1", "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9000\"/></w:tabs><w:spacing w:before=\"60\"/>", rpr(page, page.bodySizePt(), true)),
				paragraph("TOC2", "toc 2", "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9000\"/></w:tabs><w:ind w:left=\"440\"/>", rpr(page, page.bodySizePt(), false)),
				paragraph("TOC3", "toc 3", "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9000\"/></w:tabs><w:ind w:left=\"880\"/>", rpr(page, page.bodySizePt(), false)));
		try {
			return StylesDocument.Factory.parse(xml).getStyles();
		}
		catch (XmlException ex) {
			throw new IllegalStateException("built-in DOCX styles do not parse", ex);
		}
	}

	private static String heading(PageSetup page, int level) {
		String ppr = "<w:keepNext/><w:keepLines/><w:spacing w:before=\"%d\" w:after=\"120\"/><w:outlineLvl w:val=\"%d\"/>"
			.formatted(level == 1 ? 0 : 240, level - 1) + (level == 1 ? "<w:jc w:val=\"center\"/>" : "");
		return paragraph("Heading" + level, "heading " + level, ppr, rpr(page, page.headingSize(level), true));
	}

	private static String paragraph(String id, String name, String ppr, String rpr) {
		return "<w:style w:type=\"paragraph\" w:styleId=\"%s\"><w:name w:val=\"%s\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>"
			.formatted(id, name, ppr, rpr);
	}

	private static String rpr(PageSetup page, int sizePt, boolean bold) {
		return (bold ? "<w:b/><w:bCs/>" : "") + font(page, sizePt);
	}

	static String font(PageSetup page, int sizePt) {
		String family = page.fontFamily().replace("\"", "");
		return "<w:rFonts w:ascii=\"%1$s\" w:hAnsi=\"%1$s\" w:eastAsia=\"%1$s\" w:cs=\"%1$s\"/><w:sz w:val=\"%2$d\"/><w:szCs w:val=\"%2$d\"/>"
			.formatted(family, sizePt * 2);
	}
}
