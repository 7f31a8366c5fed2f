package org.smartcityplanner.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.smartcityplanner.documents.Block;
import org.smartcityplanner.documents.BulletList;
import org.smartcityplanner.documents.Cover;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.Image;
import org.smartcityplanner.documents.Orientation;
import org.smartcityplanner.documents.PageBreak;
import org.smartcityplanner.documents.PageSetup;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.RunningText;
import org.smartcityplanner.documents.Section;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.TableOfContents;

/**
 * Renders a {@link DocumentModel} to an editable Word document with Apache POI. One Word section per model
 * section (plus one for the cover); header and footer on every section but the cover.
 */
public final class DocxRenderer {

	/** Twentieths of a point per centimetre. */
	static final double TWIPS_PER_CM = 566.929;

	/** Renders {@code model} to DOCX bytes. */
	public byte[] render(DocumentModel model) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new Writer(doc, model).write();
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Writer {

		private final XWPFDocument doc;
		private final DocumentModel model;
		private final PageSetup page;
		private final TextOut text;
		private final DocxBlocks blocks;
		private String headerId;
		private String footerId;
		private XWPFParagraph gapAfterTable;
		private boolean pendingPageBreak;

		Writer(XWPFDocument doc, DocumentModel model) {
			this.doc = doc;
			this.model = model;
			this.page = model.page();
			this.text = new TextOut(model);
			this.blocks = new DocxBlocks(doc, page, text);
		}

		void write() {
			doc.createStyles().setStyles(DocxStyles.of(page));
			properties();
			headerAndFooter();
			boolean first = true;
			if (model.cover() != null) {
				cover(model.cover());
				setUp(endSection(), Orientation.PORTRAIT, false, false);
				first = true;
			}
			for (int i = 0; i < model.sections().size(); i++) {
				Section section = model.sections().get(i);
				for (Block block : section.blocks()) {
					block(block, section.orientation());
				}
				boolean last = i == model.sections().size() - 1;
				// the body's numbers start at 1 after the front matter, which has a series of its own
				boolean restart = first || (model.sections().get(i - 1).frontMatter() && !section.frontMatter());
				CTSectPr sect = last ? (doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
						: doc.getDocument().getBody().addNewSectPr()) : endSection();
				setUp(sect, section.orientation(), true, restart);
				if (section.frontMatter()) {
					var numbers = sect.isSetPgNumType() ? sect.getPgNumType() : sect.addNewPgNumType();
					numbers.setFmt(text.language() == org.smartcityplanner.documents.DocumentLanguage.THAI
							? STNumberFormat.THAI_LETTERS : STNumberFormat.LOWER_ROMAN);
				}
				first = false;
			}
			if (model.sections().isEmpty()) {
				blocks.placeholder();
				setUp(doc.getDocument().getBody().getSectPr(), Orientation.PORTRAIT, true, true);
			}
		}

		/**
		 * Writes a block. A page break is not a paragraph of its own but "page break before" on the block's first
		 * paragraph: a break paragraph after a full page would leave the next page blank.
		 */
		private void block(Block block, Orientation orientation) {
			if (block instanceof PageBreak) {
				pendingPageBreak = true;
				return;
			}
			if (pendingPageBreak && block instanceof Table t && t.caption().isBlank()) {
				blocks.pageBreak();
			}
			int before = doc.getBodyElements().size();
			write(block, orientation);
			if (pendingPageBreak && doc.getBodyElements().size() > before
					&& doc.getBodyElements().get(before) instanceof XWPFParagraph first) {
				first.setPageBreak(true);
			}
			pendingPageBreak = false;
		}

		private void write(Block block, Orientation orientation) {
			if (block instanceof Heading h) {
				blocks.heading(h);
			}
			else if (block instanceof Paragraph p) {
				blocks.paragraph(p);
			}
			else if (block instanceof BulletList l) {
				blocks.list(l);
			}
			else if (block instanceof Table t) {
				gapAfterTable = new DocxTables(doc, page, text).table(t, orientation);
			}
			else if (block instanceof Image i) {
				blocks.image(i, page.textWidthCm(orientation));
			}
			else if (block instanceof TableOfContents toc) {
				new DocxToc(doc, text).write(toc, model.headings());
			}
		}

		private void cover(Cover cover) {
			blocks.spacer(cover.emblem() == null ? 6 : 2);
			if (cover.emblem() != null) {
				blocks.image(cover.emblem(), page.textWidthCm(Orientation.PORTRAIT));
			}
			blocks.styled("Title", cover.title());
			if (!cover.subtitle().isBlank()) {
				blocks.styled("Subtitle", cover.subtitle());
			}
			blocks.spacer(1);
			cover.lines().forEach(line -> blocks.centered(line, page.headingSize(2), false));
			if (!cover.bottom().isEmpty()) {
				blocks.spacer(6);
				cover.bottom().forEach(line -> blocks.centered(line, page.headingSize(3), true));
			}
		}

		private void properties() {
			var core = doc.getProperties().getCoreProperties();
			core.setTitle(model.info().title());
			core.setSubjectProperty(model.info().subject());
			core.setCreator(model.info().author());
			core.setCreated(Optional.of(Date.from(model.info().created())));
			core.setModified(Optional.of(Date.from(model.info().created())));
			var custom = doc.getProperties().getCustomProperties();
			model.info().properties().forEach(custom::addProperty);
			if (model.info().thaiNumerals()) {
				custom.addProperty(ThaiPageNumbersFilter.PROPERTY, "true");
			}
		}

		private void headerAndFooter() {
			RunningText running = model.running();
			XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
			XWPFParagraph top = header.createParagraph();
			top.setAlignment(running.pageNumbers() == RunningText.PageNumbers.TOP_CENTER ? ParagraphAlignment.CENTER
					: ParagraphAlignment.RIGHT);
			if (running.pageNumbers() == RunningText.PageNumbers.TOP_CENTER) {
				pageNumber(top);
			}
			else if (!running.headerText().isBlank()) {
				blocks.sizedRun(top, text.text(running.headerText()), page.tableSizePt(), false);
			}
			XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
			XWPFParagraph foot = footer.createParagraph();
			switch (running.pageNumbers()) {
				case BOTTOM_CENTER -> {
					foot.setAlignment(ParagraphAlignment.CENTER);
					pageNumber(foot);
				}
				case BOTTOM_RIGHT -> {
					foot.setAlignment(ParagraphAlignment.RIGHT);
					pageNumber(foot);
				}
				default -> foot.setAlignment(ParagraphAlignment.LEFT);
			}
			if (!running.footerText().isBlank()) {
				XWPFParagraph note = footer.createParagraph();
				blocks.sizedRun(note, text.text(running.footerText()), page.tableSizePt(), false);
			}
			headerId = doc.getRelationId(header);
			footerId = doc.getRelationId(footer);
			// createHeader put references into the body's section; they are set per section below instead
			CTSectPr body = doc.getDocument().getBody().getSectPr();
			while (body.sizeOfHeaderReferenceArray() > 0) {
				body.removeHeaderReference(0);
			}
			while (body.sizeOfFooterReferenceArray() > 0) {
				body.removeFooterReference(0);
			}
		}

		private void pageNumber(XWPFParagraph paragraph) {
			blocks.sizedRun(paragraph, "- ", page.bodySizePt(), false);
			var field = paragraph.getCTP().addNewFldSimple();
			// Thai digits come from the sections' page number format (thaiNumbers), which Word and LibreOffice
			// both honour; the field switch \* ThaiArabic is read by LibreOffice as Thai letters
			field.setInstr(" PAGE ");
			var run = field.addNewR();
			// native numbering prints the digits of the text's language: the number is Thai even among English
			run.addNewRPr().addNewLang().setVal("th-TH");
			var mark = (paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr());
			(mark.isSetRPr() ? mark.getRPr() : mark.addNewRPr()).addNewLang().setVal("th-TH");
			run.addNewT().setStringValue(text.text("1"));
			blocks.sizedRun(paragraph, " -", page.bodySizePt(), false);
		}

		/**
		 * The section properties that end the current section. They ride on the small gap paragraph after a table
		 * when the section ends with one: a paragraph of their own could spill onto a page of its own.
		 */
		private CTSectPr endSection() {
			var elements = doc.getBodyElements();
			XWPFParagraph carrier = gapAfterTable != null && !elements.isEmpty()
					&& elements.get(elements.size() - 1) == gapAfterTable ? gapAfterTable : doc.createParagraph();
			gapAfterTable = null;
			// the new section starts on a new page anyway
			pendingPageBreak = false;
			var ppr = carrier.getCTP().isSetPPr() ? carrier.getCTP().getPPr() : carrier.getCTP().addNewPPr();
			return ppr.addNewSectPr();
		}

		private void setUp(CTSectPr sect, Orientation orientation, boolean withHeader, boolean restartNumbers) {
			CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
			long shortSide = twips(PageSetup.A4_WIDTH_CM);
			long longSide = twips(PageSetup.A4_HEIGHT_CM);
			boolean landscape = orientation == Orientation.LANDSCAPE;
			size.setW(BigInteger.valueOf(landscape ? longSide : shortSide));
			size.setH(BigInteger.valueOf(landscape ? shortSide : longSide));
			size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
			CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
			margins.setTop(BigInteger.valueOf(twips(page.marginTopCm())));
			margins.setBottom(BigInteger.valueOf(twips(page.marginBottomCm())));
			margins.setLeft(BigInteger.valueOf(twips(page.marginLeftCm())));
			margins.setRight(BigInteger.valueOf(twips(page.marginRightCm())));
			margins.setHeader(BigInteger.valueOf(twips(1.25)));
			margins.setFooter(BigInteger.valueOf(twips(1.0)));
			margins.setGutter(BigInteger.ZERO);
			if (withHeader) {
				var headerRef = sect.addNewHeaderReference();
				headerRef.setType(STHdrFtr.DEFAULT);
				headerRef.setId(headerId);
				var footerRef = sect.addNewFooterReference();
				footerRef.setType(STHdrFtr.DEFAULT);
				footerRef.setId(footerId);
			}
			if (restartNumbers || (withHeader && text.thaiNumerals())) {
				var numbers = sect.isSetPgNumType() ? sect.getPgNumType() : sect.addNewPgNumType();
				if (restartNumbers) {
					numbers.setStart(BigInteger.ONE);
				}
				if (text.thaiNumerals()) {
					numbers.setFmt(STNumberFormat.THAI_NUMBERS);
				}
			}
		}

		private static long twips(double cm) {
			return Math.round(cm * TWIPS_PER_CM);
		}
	}
}
