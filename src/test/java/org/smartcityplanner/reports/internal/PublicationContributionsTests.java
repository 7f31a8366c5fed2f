package org.smartcityplanner.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.actionplan.ActionPlanApi;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.PlanChecks;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reports.ReportTestPlans;
import org.smartcityplanner.reports.book.BookInput;
import org.smartcityplanner.reports.book.MasterPlanBook;
import org.smartcityplanner.publication.ChapterContribution;
import org.smartcityplanner.publication.Part.Table.Column;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.PublicationContributor;
import org.smartcityplanner.publication.Publisher;
import org.smartcityplanner.publication.TitlePage;
import org.smartcityplanner.publication.Value;
import org.smartcityplanner.publication.Workbook;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The publication contract from the reports side: a contributor's chapter is printed in the book's slot (read back
 * from the DOCX with POI), and a module's own publication and workbook are rendered through the {@link Publisher}.
 * That the application's loader finds contributors declared as beans is shown by {@code TrainingBookChapterTests}
 * (training's chapter reaches the book through it).
 */
// The stand-in is handed to a loader of the test's own rather than declared as a bean, so that this class shares
// the whole application's test context instead of booting one more for a single extra bean.
@IntegrationTest
class PublicationContributionsTests {

	/** Stands in for the participation module, which has no contributor yet. */
	static final PublicationContributor PARTICIPATION_STAND_IN = (province, language) -> List.of(
			new ChapterContribution("participation", List.of(
					new Part.Heading(2, "เวทีรับฟังความคิดเห็น " + province.value()),
					Part.Paragraph.body("ผู้เข้าร่วมเวที " + language.getLanguage()),
					new Part.Table("ผู้เข้าร่วมตามเวที", List.of(Column.text("เวที", 4), Column.number("คน", 2)),
							List.of(List.of(Value.text("อำเภอเมือง"), Value.whole(85)))),
					new Part.Landscape(),
					new Part.Chart("ผู้เข้าร่วมตามเวที (คน)", List.of("อำเภอเมือง"),
							List.of(new Part.Chart.Series("คน", List.of(BigDecimal.valueOf(85)))), true, null, ""))));

	@Autowired
	List<PublicationContributor> contributors;
	@Autowired
	PlanApi planApi;
	@Autowired
	PlanChecks checks;
	@Autowired
	ProfileApi profile;
	@Autowired
	ReferenceApi reference;
	@Autowired
	DocumentsApi documents;
	@Autowired
	MessageSource messages;
	@Autowired
	PlanUseCases plans;
	@Autowired
	Publisher publisher;
	@Autowired
	IdentityApi identity;
	@Autowired
	ActionPlanApi actionPlans;

	@Test
	void aContributorsChapterIsPrintedInItsSlotOfTheBook() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-46");
		long version = ReportTestPlans.savedVersion(plans, province, "ฉบับทดสอบการมีส่วนร่วม").id();
		List<PublicationContributor> withStandIn = new ArrayList<>(contributors);
		withStandIn.add(PARTICIPATION_STAND_IN);
		BookInputLoader loader = new BookInputLoader(planApi, checks, profile, reference, withStandIn, identity,
				actionPlans, messages);

		BookInput input = loader.load(province, version, DocumentLanguage.THAI);
		assertThat(input.contributedChapters().get("participation")).as("landscape mark left out").hasSize(4);
		DocumentModel book = new MasterPlanBook().build(input, new MessageBookTexts(messages, DocumentLanguage.THAI),
				(done, total) -> {
				});

		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.docx(book)))) {
			List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			// the last match: the contents list names the chapters first
			int chapter = paragraphs.lastIndexOf("บทที่ 10 การมีส่วนร่วมของภาคส่วนต่าง ๆ");
			assertThat(chapter).isPositive();
			int next = paragraphs.lastIndexOf("บทที่ 11 การพัฒนาศักยภาพบุคลากร");
			String chapterText = String.join("\n", paragraphs.subList(chapter, next));
			assertThat(chapterText).contains("เวทีรับฟังความคิดเห็น TH-46", "ผู้เข้าร่วมเวที th", "ผู้เข้าร่วมตามเวที (คน)")
				.doesNotContain("ยังไม่มีข้อมูล");
			String text = new XWPFWordExtractor(doc).getText();
			assertThat(text).contains("อำเภอเมือง", "85");
			assertThat(doc.getAllPictures()).as("the chart").isNotEmpty();
		}
	}

	@Test
	void aModulesOwnPublicationIsRenderedWithItsCoverPropertiesAndLandscapePages() throws Exception {
		Publication publication = Publication.thai("รายงานทดสอบ", Instant.parse("2026-11-30T03:00:00Z"))
			.property("cohort-id", "7")
			.titlePage(new TitlePage("รายงานทดสอบ", "รุ่นที่ 1", List.of("จังหวัดน่าน"), List.of("จัดทำเมื่อ")))
			.heading(1, "สรุป")
			.paragraph("ข้อความสรุป")
			.landscape()
			.add(new Part.Table("ตารางกว้าง", List.of(Column.text("ชื่อ", 4), Column.number("คะแนน", 2)),
					List.of(List.of(Value.text("กมล"), Value.decimal(new BigDecimal("12.50"))))))
			.build();

		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(publisher.docx(publication)))) {
			assertThat(new XWPFWordExtractor(doc).getText()).contains("รายงานทดสอบ", "รุ่นที่ 1", "จังหวัดน่าน", "สรุป",
					"ข้อความสรุป", "กมล", "12.50");
			assertThat(doc.getProperties().getCustomProperties().getProperty("cohort-id").getLpwstr()).isEqualTo("7");
			assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
		}
	}

	@Test
	void aModulesWorkbookKeepsNumbersAsNumbers() throws Exception {
		Workbook workbook = new Workbook("ข้อมูลทดสอบ", Locale.forLanguageTag("th-TH"), Instant.EPOCH, List.of(
				new Workbook.Sheet("ผู้เข้าอบรม", List.of("ข้อมูลทดสอบ"), new Part.Table("ผู้เข้าอบรม",
						List.of(Column.text("ชื่อ", 4), Column.number("คะแนน", 2)),
						List.of(List.of(Value.text("กมล"), Value.whole(12)))), true)));

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(publisher.xlsx(workbook)))) {
			var sheet = book.getSheet("ผู้เข้าอบรม");
			var row = sheet.getRow(sheet.getLastRowNum());
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("กมล");
			assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(12.0);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
		}
	}
}
