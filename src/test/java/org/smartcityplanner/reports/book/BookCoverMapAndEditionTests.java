package org.smartcityplanner.reports.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Image;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.internal.DocxRenderer;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.PlanVersionSummary;

/**
 * The cover (edition and date, never the internal version name; one dash; one calendar per language), appendix B
 * (the saver's name and the content fingerprint, read back from the DOCX) and the map (outline, labels, legend,
 * source line), each checked on what is printed or drawn.
 */
class BookCoverMapAndEditionTests {

	static final String OUTLINE = """
			{"type":"Polygon","coordinates":[[[100.10,16.70],[100.45,16.70],[100.45,16.95],[100.10,16.95],[100.10,16.70]]]}""";
	static final String SAVER = "นางสาวพิมพ์ชนก วางแผนดี";

	@Test
	void theThaiCoverPrintsTheDraftEditionAndTheSaveDateButNotTheInternalVersionName() {
		DocumentModel book = book(input(null, null), DocumentLanguage.THAI);
		List<String> cover = coverText(book);

		assertThat(cover).containsSubsequence("แผนแม่บทเมืองอัจฉริยะ", "จังหวัดพิษณุโลก", "ระยะเวลา พ.ศ. 2570–2574", "ร่าง",
				"จังหวัดพิษณุโลก", "20 พฤศจิกายน 2569");
		assertThat(String.join("\n", cover)).doesNotContain("ฉบับเสนอคณะกรรมการ").doesNotContain(" - ");
		// the plan's own title says only "Smart City Master Plan, Phitsanulok": printing it repeated the title
		assertThat(cover).doesNotContain("แผนแม่บทเมืองอัจฉริยะพิษณุโลก");
		assertThat(book.info().properties()).containsEntry("plan-version-name", "ฉบับเสนอคณะกรรมการ");
	}

	@Test
	void aVersionSavedWhileThePlanWasApprovedIsTheFinalEdition() {
		DocumentModel book = book(input(PlanStatus.APPROVED, null), DocumentLanguage.THAI);

		assertThat(book.cover().lines()).contains("ฉบับสมบูรณ์").doesNotContain("ร่าง");
	}

	@Test
	void theEnglishCoverCountsYearsInTheCommonEraOnly() {
		List<String> cover = coverText(book(input(null, null), DocumentLanguage.ENGLISH));

		assertThat(cover).contains("Fiscal years 2027–2031", "Draft", "20 November 2026");
		assertThat(String.join("\n", cover)).doesNotContain("2569").doesNotContain("2570").doesNotContain("B.E.")
			.doesNotContain("แผนแม่บท");
	}

	@Test
	void appendixBNamesThePersonAndPrintsTheFingerprintKeptInTheFile() throws Exception {
		DocumentModel book = book(input(null, null), DocumentLanguage.THAI);
		byte[] docx = new DocxRenderer().render(book);

		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String hash = doc.getProperties().getCustomProperties().getProperty("input-hash").getLpwstr();
			String text = extractor.getText();
			assertThat(hash).hasSize(64);
			assertThat(text).contains("ภาคผนวก ข", "บันทึกฉบับโดย: " + SAVER, "ลายนิ้วมือเนื้อหา (SHA-256): " + hash,
					"ฉบับ: ร่าง", "บันทึกฉบับเมื่อ: 20 พฤศจิกายน 2569");
			assertThat(text).doesNotContain("บันทึกฉบับโดย: consultant");
		}
	}

	@Test
	void theMapDrawsTheOutlineLabelsEachAreaAndHasALegendAndASourceLine() throws Exception {
		BookInput input = input(null, OUTLINE);
		AreaMap.Drawn map = AreaMap.render(input.boundaries(), OUTLINE, BookFixtures.texts(DocumentLanguage.THAI))
			.orElseThrow();
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(map.image().png()));
		Files.createDirectories(Path.of("target/documents-png"));
		Files.write(Path.of("target/documents-png/area-map-with-outline.png"), map.image().png());

		// the area's name twice (on the map and in the legend), the outline in the legend, a scale bar, north.
		// The outline is 0.35° × cos(16.825°) × 111.32 = 37.3 km wide over 1,460 px (0.25° = 27.8 km high over
		// 760 px limits more): 27.3 px/km, so 10 km (273 px) is the largest round bar within 400 px.
		assertThat(map.labels()).containsExactly("เทศบาลนครพิษณุโลก", "เทศบาลนครพิษณุโลก", "เขตจังหวัด", "10 กม.", "N");
		assertThat(outlinePixels(picture)).isGreaterThan(1_000);
		assertThat(map.image().altText()).contains("เทศบาลนครพิษณุโลก", "เขตจังหวัด");

		List<org.smartcityplanner.documents.Block> blocks = book(input, DocumentLanguage.THAI).blocks();
		int figure = blocks.indexOf(blocks.stream().filter(Image.class::isInstance).findFirst().orElseThrow());
		assertThat(((Paragraph) blocks.get(figure + 1)).text()).startsWith("ที่มา: ขอบเขตพื้นที่เป้าหมายและขอบเขตจังหวัด");
	}

	@Test
	void withoutAnUploadedOutlineTheMapHasNoneAndTheSourceLineSaysSo() throws Exception {
		BookInput input = input(null, null);
		AreaMap.Drawn map = AreaMap.render(input.boundaries(), null, BookFixtures.texts(DocumentLanguage.THAI))
			.orElseThrow();

		assertThat(map.labels()).doesNotContain("เขตจังหวัด");
		// a few anti-aliased edge pixels may happen to have the outline's grey; a drawn outline has thousands
		assertThat(outlinePixels(ImageIO.read(new ByteArrayInputStream(map.image().png())))).isLessThan(50);
		List<org.smartcityplanner.documents.Block> blocks = book(input, DocumentLanguage.THAI).blocks();
		int figure = blocks.indexOf(blocks.stream().filter(Image.class::isInstance).findFirst().orElseThrow());
		assertThat(((Paragraph) blocks.get(figure + 1)).text()).endsWith("ยังไม่ได้นำเข้าขอบเขตจังหวัด");
	}

	/** Pixels in the outline's exact colour: the dashed province boundary and its legend swatch. */
	static int outlinePixels(BufferedImage picture) {
		int count = 0;
		int outline = AreaMap.OUTLINE.getRGB();
		for (int y = 0; y < picture.getHeight(); y++) {
			for (int x = 0; x < picture.getWidth(); x++) {
				if (picture.getRGB(x, y) == outline) {
					count++;
				}
			}
		}
		return count;
	}

	static List<String> coverText(DocumentModel book) {
		List<String> text = new ArrayList<>(List.of(book.cover().title(), book.cover().subtitle()));
		text.addAll(book.cover().lines());
		text.addAll(book.cover().bottom());
		return text;
	}

	/** The fixture book input with a saver's name, the plan's status at saving and an optional outline. */
	static BookInput input(PlanStatus status, String outline) {
		BookInput in = BookFixtures.input(Map.of());
		PlanVersionSummary version = new PlanVersionSummary(12, "ฉบับเสนอคณะกรรมการ",
				Instant.parse("2026-11-20T03:00:00Z"), "consultant", status);
		return new BookInput(in.provinceName(), version, in.plan(), in.areas(), in.boundaries(), in.context(),
				in.swot(), in.provincialStrategies(), in.referenceItems(), in.readiness(), in.alignment(),
				in.contributedChapters(), SAVER, outline);
	}

	static DocumentModel book(BookInput input, DocumentLanguage language) {
		return new MasterPlanBook().build(input, BookFixtures.texts(language), (done, total) -> {
		});
	}
}
