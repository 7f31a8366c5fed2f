package org.smartcityplanner.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.smartcityplanner.documents.internal.DocxRenderer;

class DocxRenderingTests {

	private static XWPFDocument render(DocumentModel model) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(new DocxRenderer().render(model)));
	}

	@Test
	void namesTheGovernmentFontForThaiAndLatinTextAtSixteenPoints() throws Exception {
		try (XWPFDocument doc = render(SampleDocuments.thaiReport(false))) {
			var defaults = doc.getStyles().getDefaultRunStyle();
			assertThat(defaults.getFontSizeAsDouble()).isEqualTo(16.0);
			assertThat(doc.getParagraphs().get(0).getRuns()).isEmpty();
			var run = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("ผู้ใหญ่")).findFirst()
				.orElseThrow().getRuns().get(0);
			assertThat(run.getStyle()).isEmpty();
			String stylesXml = doc.getStyle().xmlText();
			assertThat(stylesXml).contains("w:cs=\"TH SarabunPSK\"").contains("<w:szCs w:val=\"32\"/>");
			assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getRPr().xmlText())
				.contains("w:val=\"40\"").contains("bCs");
		}
	}

	@Test
	void writesNumberedHeadingsInHeadingStylesAndTheTextInOrder() throws Exception {
		try (XWPFDocument doc = render(SampleDocuments.thaiReport(false))) {
			List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())
					|| "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
			assertThat(headings).containsExactly("บทที่ 1 บทนำ", "1.1 ความเป็นมา", "1.2 งบประมาณ",
					"บทที่ 2 ตัวชี้วัดและค่าเป้าหมายรายปี", "บทที่ 3 ภาคผนวก");
			assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
				.contains("แผนแม่บทเมืองอัจฉริยะ", "สารบัญ", "ยังไม่มีข้อมูล");
			assertThat(doc.getProperties().getCustomProperties().getProperty("input-hash").getLpwstr())
				.isEqualTo("abc123");
		}
	}

	@Test
	void tablesRepeatHeaderRowsAndMergeHeaderCells() throws Exception {
		try (XWPFDocument doc = render(SampleDocuments.thaiReport(false))) {
			XWPFTable budget = doc.getTables().get(0);
			assertThat(budget.getRow(0).isRepeatHeader()).isTrue();
			assertThat(budget.getRow(1).isRepeatHeader()).isTrue();
			assertThat(budget.getRow(2).isRepeatHeader()).isFalse();
			assertThat(budget.getRow(0).getCell(0).getCTTc().getTcPr().getVMerge()).isNotNull();
			assertThat(budget.getRow(1).getTableCells()).hasSize(4);
			assertThat(budget.getRow(2).getCell(3).getText()).isEqualTo("1,250,000.00");
			XWPFTable wide = doc.getTables().get(2);
			assertThat(wide.getRow(0).getCell(2).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(5);
			assertThat(wide.getRow(1).getCell(2).getText()).isEqualTo("2570");
			XWPFTable empty = doc.getTables().get(1);
			assertThat(empty.getRow(1).getCell(0).getText()).isEqualTo("ยังไม่มีข้อมูล");
		}
	}

	@Test
	void putsWideTablesOnLandscapePagesWithOfficialMargins() throws Exception {
		try (XWPFDocument doc = render(SampleDocuments.thaiReport(false))) {
			var sections = doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null
					&& p.getCTP().getPPr().getSectPr() != null).map(p -> p.getCTP().getPPr().getSectPr()).toList();
			assertThat(sections).hasSize(3);
			assertThat(sections.get(2).getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
			var body = doc.getDocument().getBody().getSectPr();
			assertThat(body.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
			assertThat(((java.math.BigInteger) body.getPgMar().getLeft()).intValue()).isEqualTo(1701);
			assertThat(((java.math.BigInteger) body.getPgMar().getTop()).intValue()).isEqualTo(1417);
			assertThat(sections.get(0).sizeOfHeaderReferenceArray()).as("cover has no page number").isZero();
			assertThat(body.sizeOfHeaderReferenceArray()).isEqualTo(1);
		}
	}

	@Test
	void printsThaiNumeralsWhenAsked() throws Exception {
		try (XWPFDocument doc = render(SampleDocuments.thaiReport(true))) {
			assertThat(doc.getTables().get(0).getRow(2).getCell(3).getText()).isEqualTo("๑,๒๕๐,๐๐๐.๐๐");
			assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("๑.๑ ความเป็นมา");
		}
	}
}
