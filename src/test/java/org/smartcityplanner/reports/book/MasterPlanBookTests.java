package org.smartcityplanner.reports.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.Block;
import org.smartcityplanner.documents.DocumentDigest;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.Image;
import org.smartcityplanner.documents.Orientation;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.Section;
import org.smartcityplanner.documents.Table;

class MasterPlanBookTests {

	private static DocumentModel book(Map<String, List<Block>> contributed, DocumentLanguage language) {
		return new MasterPlanBook().build(BookFixtures.input(contributed), BookFixtures.texts(language), (d, t) -> {
		});
	}

	private static List<String> chapters(DocumentModel model) {
		return model.headings().stream().filter(h -> h.level() == 1).map(Heading::text).toList();
	}

	@Test
	void hasTheChaptersTheCommitteeExpectsInOrder() {
		DocumentModel model = book(Map.of(), DocumentLanguage.THAI);

		assertThat(model.cover().title()).isEqualTo("แผนแม่บทเมืองอัจฉริยะ");
		assertThat(model.cover().subtitle()).isEqualTo("จังหวัดพิษณุโลก");
		assertThat(model.cover().lines()).contains("ระยะเวลา พ.ศ. 2570–2574", "ร่าง");
		assertThat(chapters(model)).containsExactly("บทนำและบริบทเชิงนโยบาย",
				"ข้อมูลพื้นฐานของจังหวัดและพื้นที่เป้าหมาย", "ตำแหน่งการพัฒนาและวิสัยทัศน์",
				"เป้าหมาย กลยุทธ์ โครงการ และตัวชี้วัดรายด้าน", "ความสอดคล้องกับแผนระดับชาติและแผนพัฒนาจังหวัด",
				"ผลการตรวจความพร้อมตามเกณฑ์ของคณะกรรมการ", "แผนการพัฒนาโครงสร้างพื้นฐานและโครงสร้างพื้นฐานดิจิทัล",
				"การออกแบบระบบบริหารจัดการข้อมูลเมือง (City Data Platform)", "รูปแบบการบริหารจัดการเมือง",
				"การมีส่วนร่วมของภาคส่วนต่าง ๆ", "การพัฒนาศักยภาพบุคลากร", "สรุปงบประมาณ", "ภาคผนวก");
		assertThat(model.info().properties()).containsEntry("plan-version-id", "12");
	}

	@Test
	void missingChaptersAndEmptyDimensionsShowThePlaceholder() {
		DocumentModel model = book(Map.of(), DocumentLanguage.THAI);
		List<Block> blocks = model.blocks();
		int participation = indexOfHeading(blocks, "การมีส่วนร่วมของภาคส่วนต่าง ๆ");
		int training = indexOfHeading(blocks, "การพัฒนาศักยภาพบุคลากร");

		assertThat(((Paragraph) blocks.get(participation + 1)).text()).isEqualTo("ยังไม่มีข้อมูล");
		assertThat(((Paragraph) blocks.get(training + 1)).text()).isEqualTo("ยังไม่มีข้อมูล");
		int economy = indexOfHeading(blocks, "เศรษฐกิจอัจฉริยะ");
		assertThat(((Paragraph) blocks.get(economy + 1)).text()).as("dimension without goals").isEqualTo("ยังไม่มีข้อมูล");
	}

	@Test
	void contributedChaptersReplaceThePlaceholder() {
		DocumentModel model = book(Map.of("training", List.of(Paragraph.of("ผู้ผ่านการอบรม 62 คน"))),
				DocumentLanguage.THAI);
		List<Block> blocks = model.blocks();
		int training = indexOfHeading(blocks, "การพัฒนาศักยภาพบุคลากร");

		assertThat(((Paragraph) blocks.get(training + 1)).text()).isEqualTo("ผู้ผ่านการอบรม 62 คน");
	}

	@Test
	void putsKpiTargetTablesOnLandscapePagesAndDrawsTheMap() {
		DocumentModel model = book(Map.of(), DocumentLanguage.THAI);
		List<Table> landscapeTables = new ArrayList<>();
		for (Section section : model.sections()) {
			if (section.orientation() == Orientation.LANDSCAPE) {
				section.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).forEach(landscapeTables::add);
			}
		}
		assertThat(landscapeTables).extracting(Table::caption)
			.contains("ตัวชี้วัดและค่าเป้าหมายรายปี: สิ่งแวดล้อมอัจฉริยะ");
		Table kpis = landscapeTables.stream().filter(t -> t.caption().startsWith("ตัวชี้วัด")).findFirst().orElseThrow();
		assertThat(kpis.columns()).hasSize(3 + 5);
		assertThat(kpis.rows()).hasSize(1);
		assertThat(model.blocks()).filteredOn(Image.class::isInstance).map(b -> ((Image) b).caption())
			.contains("แผนที่พื้นที่เป้าหมาย");
	}

	@Test
	void theSameInputGivesTheSameContentAndAnEnglishEdition() {
		String first = DocumentDigest.sha256(book(Map.of(), DocumentLanguage.THAI));
		String again = DocumentDigest.sha256(book(Map.of(), DocumentLanguage.THAI));
		DocumentModel english = book(Map.of(), DocumentLanguage.ENGLISH);

		assertThat(first).hasSize(64).isEqualTo(again);
		assertThat(DocumentDigest.sha256(english)).isNotEqualTo(first);
		assertThat(chapters(english)).startsWith("Introduction and policy context");
		assertThat(english.cover().subtitle()).isEqualTo("Phitsanulok Province");
	}

	@Test
	void stopsBetweenChaptersWhenCancelled() {
		MasterPlanBook book = new MasterPlanBook();
		List<Integer> seen = new ArrayList<>();
		assertThatThrownBy(() -> book.build(BookFixtures.input(Map.of()), BookFixtures.texts(DocumentLanguage.THAI),
				(done, total) -> {
					seen.add(done);
					if (done == 3) {
						throw new BookCancelledException();
					}
				})).isInstanceOf(BookCancelledException.class);
		assertThat(seen).containsExactly(1, 2, 3);
	}

	@Test
	void aPlanOfAThousandProjectsStillGeneratesWithEveryProjectListed() {
		BookInput small = BookFixtures.input(Map.of());
		List<org.smartcityplanner.plan.model.Goal> goals = new ArrayList<>();
		for (String dimension : List.of("ENV", "ECO", "LIV")) {
			List<org.smartcityplanner.plan.model.Strategy> strategies = new ArrayList<>();
			for (int s = 0; s < 10; s++) {
				List<org.smartcityplanner.plan.model.Project> projects = new ArrayList<>();
				for (int p = 0; p < 34; p++) {
					projects.add(org.smartcityplanner.plan.PlanFixtures.project("โครงการ " + dimension + "-" + s + "-" + p
							+ " " + org.smartcityplanner.documents.SampleDocuments.LONG_THAI));
				}
				strategies.add(new org.smartcityplanner.plan.model.Strategy(
						org.smartcityplanner.plan.model.ItemId.random(), "กลยุทธ์ " + s, "", projects, null));
			}
			goals.add(new org.smartcityplanner.plan.model.Goal(org.smartcityplanner.plan.model.ItemId.random(),
					dimension, "เป้าหมาย " + dimension, "", strategies, null));
		}
		var plan = new org.smartcityplanner.plan.model.PlanDocument(small.plan().provinceCode(), small.plan().title(),
				small.plan().period(), "", List.of(), goals, List.of(), null);
		BookInput large = new BookInput(small.provinceName(), small.version(), plan, small.areas(), small.boundaries(),
				small.context(), small.swot(), small.provincialStrategies(), small.referenceItems(), small.readiness(),
				small.alignment(), Map.of());

		DocumentModel model = new MasterPlanBook().build(large, BookFixtures.texts(DocumentLanguage.THAI), (d, t) -> {
		});
		byte[] docx = new org.smartcityplanner.documents.internal.DocxRenderer().render(model);

		Table appendix = model.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
			.filter(t -> t.caption().equals("รายการโครงการทั้งหมด")).findFirst().orElseThrow();
		assertThat(appendix.rows()).as("every project and the total row").hasSize(1_020 + 1);
		assertThat(docx.length).isGreaterThan(50_000);
	}

	private static int indexOfHeading(List<Block> blocks, String text) {
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i) instanceof Heading h && h.text().equals(text)) {
				return i;
			}
		}
		throw new AssertionError("no heading " + text);
	}
}
