package org.smartcityplanner.participation.web.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaCounts;
import org.smartcityplanner.participation.IdeaFixtures;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.MemberDraft;
import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.participation.spi.PlanItemCatalogue;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.publication.ChapterContribution;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.PublicationContributor;
import org.smartcityplanner.publication.Value;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The book's participation chapter lists the public's ideas per smart dimension with what became of each (the plan
 * item it became, the reason it was declined, or that it is under consideration), counts them by channel as the
 * statistics service does, never prints a hidden idea, and says so when there is no idea yet (rolled back).
 */
@Transactional
class IdeaBookChapterWebTests extends WebTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-77");
	static final Locale THAI = Locale.forLanguageTag("th");

	@Autowired
	IdeaApi ideas;
	@Autowired
	ParticipationApi statistics;
	@Autowired
	ProcessUseCases process;
	@Autowired
	PlanItemCatalogue catalogue;
	@Autowired
	PlanUseCases plans;
	@Autowired
	WorkingGroupApi group;
	@Autowired
	List<PublicationContributor> contributors;

	@Test
	void listsIdeasByDimensionWithWhatBecameOfEachAndCountsThemByChannel() {
		IdeaFixtures.openIdeaPhase(process, PROVINCE);
		PlanItemChoice item = IdeaFixtures.planItem(catalogue, plans, PROVINCE);
		IdeaView accepted = IdeaFixtures.propose(ideas, PROVINCE, "เซนเซอร์ฝุ่นหน้าโรงเรียน", "ENV", null, false).idea();
		IdeaView declined = IdeaFixtures.propose(ideas, PROVINCE, "แจกแผงโซลาร์ทุกบ้าน", "ENE", null, true).idea();
		IdeaView hidden = IdeaFixtures.propose(ideas, PROVINCE, "โฆษณาขายประกันที่ถูกซ่อน", "ENE", null, false).idea();
		IdeaFixtures.propose(ideas, PROVINCE, "ห้องสมุดเปิดดึก", "PEO", null, false);
		ideas.accept(PROVINCE, accepted.id(), accepted.version(), item.ref(), item.title());
		ideas.decline(PROVINCE, declined.id(), declined.version(), "งบประมาณไม่พอสำหรับทุกครัวเรือน");
		ideas.hide(PROVINCE, hidden.id(), hidden.version(), "โฆษณา");
		IdeaFixtures.support(jdbc, accepted.id(), 2);

		List<Part> chapter = chapter(THAI);
		int section = chapter.indexOf(new Part.Heading(2, "ข้อเสนอแนวคิดจากประชาชน"));
		assertThat(section).isPositive();
		assertThat(text(chapter.get(section + 1))).startsWith("ประชาชนเสนอแนวคิดเพื่อพัฒนาเมือง 3 เรื่อง"
				+ " เสนอทางออนไลน์ 2 เรื่อง และเขียนบนแบบกระดาษ 1 เรื่อง ได้รับการสนับสนุนรวม 2 ครั้ง")
			.contains("ผู้ดูแลซ่อนข้อเสนอที่ไม่เหมาะสม 1 เรื่อง");
		Part.Table byChannel = (Part.Table) chapter.get(section + 2);
		IdeaCounts counts = statistics.ideaCounts(PROVINCE);
		assertThat(byChannel.rows()).containsExactly(
				row("ออนไลน์", counts.online()), row("กระดาษ", counts.paper()), row("รวม", counts.all()));
		assertThat(byChannel.rows().get(2)).containsExactly(Value.text("รวม"), Value.whole(3), Value.whole(1),
				Value.whole(1), Value.whole(1), Value.whole(2));

		List<Part.Table> byDimension = chapter.subList(section + 3, chapter.size()).stream()
			.filter(Part.Table.class::isInstance).map(Part.Table.class::cast).toList();
		assertThat(byDimension).extracting(Part.Table::caption).containsExactly(
				"ข้อเสนอแนวคิดด้านสิ่งแวดล้อมอัจฉริยะ", "ข้อเสนอแนวคิดด้านพลังงานอัจฉริยะ",
				"ข้อเสนอแนวคิดด้านพลเมืองอัจฉริยะ");
		assertThat(byDimension.get(0).rows()).containsExactly(List.of(
				Value.text("เซนเซอร์ฝุ่นหน้าโรงเรียน\nทั้งจังหวัด"), Value.whole(2),
				Value.text("บรรจุในแผน: " + item.title())));
		assertThat(byDimension.get(1).rows()).containsExactly(List.of(
				Value.text("แจกแผงโซลาร์ทุกบ้าน\nทั้งจังหวัด (เสนอบนแบบกระดาษ)"), Value.whole(0),
				Value.text("ไม่รับ: งบประมาณไม่พอสำหรับทุกครัวเรือน")));
		assertThat(byDimension.get(2).rows().get(0).get(2)).isEqualTo(Value.text("อยู่ระหว่างพิจารณา"));
		assertThat(chapter.toString()).doesNotContain("โฆษณาขายประกันที่ถูกซ่อน")
			.contains("ด้านที่ยังไม่มีข้อเสนอจากประชาชน ได้แก่ เศรษฐกิจอัจฉริยะ");

		List<Part> english = chapter(Locale.ENGLISH);
		assertThat(english).contains(new Part.Heading(2, "Ideas from the public"));
		assertThat(english.toString()).contains("In the plan as: " + item.title(),
				"Declined: งบประมาณไม่พอสำหรับทุกครัวเรือน", "Under consideration", "Whole province (proposed on paper)");
	}

	@Test
	void saysSoWhenThePublicHasProposedNoIdeaYet() {
		group.addMember(PROVINCE, new MemberDraft("สมปอง ทดสอบ", "ปลัดจังหวัด", "ศาลากลาง", "CENTRAL_AGENCY", "CHAIR"));
		assertThat(statistics.ideaCounts(PROVINCE).total()).isZero();
		List<Part> chapter = chapter(THAI);
		int section = chapter.indexOf(new Part.Heading(2, "ข้อเสนอแนวคิดจากประชาชน"));
		assertThat(section).isPositive();
		assertThat(text(chapter.get(section + 1))).isEqualTo("ยังไม่มีข้อเสนอแนวคิดจากประชาชน");
	}

	private List<Part> chapter(Locale language) {
		return contributors.stream().flatMap(c -> c.bookChapters(PROVINCE, language).stream())
			.filter(c -> c.key().equals("participation")).map(ChapterContribution::parts).findFirst().orElseThrow();
	}

	private static List<Value> row(String label, IdeaCounts.Tally tally) {
		return List.of(Value.text(label), Value.whole(tally.total()), Value.whole(tally.accepted()),
				Value.whole(tally.declined()), Value.whole(tally.underConsideration()), Value.whole(tally.supports()));
	}

	private static String text(Part part) {
		return ((Part.Paragraph) part).spans().get(0).text();
	}
}
