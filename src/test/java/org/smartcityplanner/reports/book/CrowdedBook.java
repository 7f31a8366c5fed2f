package org.smartcityplanner.reports.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.plan.model.alignment.AlignmentAnalysis;
import org.smartcityplanner.plan.model.alignment.NationalCatalogue;
import org.smartcityplanner.profile.ContextParts;
import org.smartcityplanner.profile.SwotLists;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * A book input that crowds the pages the way the demo province's book does: 40 projects with long names all
 * aligned with one SDG (a matrix row taller than a page), long SWOT lists, body text with the words ICU cuts
 * ("บูรณาการ", "อินโดจีน", "ภายใต้"), and budgets of hundreds of millions.
 */
final class CrowdedBook {

	static final int PROJECTS = 40;

	private CrowdedBook() {
	}

	static BookInput input() {
		BookInput small = BookFixtures.input(Map.of());
		List<Project> projects = new ArrayList<>();
		for (int i = 1; i <= PROJECTS; i++) {
			Project base = PlanFixtures.project("โครงการบูรณาการข้อมูลเมืองอัจฉริยะภายใต้ความร่วมมือสี่แยกอินโดจีน ระยะที่ " + i);
			Map<FiscalYear, Baht> budget = Map.of(new FiscalYear(2570), Baht.of(new java.math.BigDecimal("120000000.25")),
					new FiscalYear(2571), Baht.of(48_100_000));
			projects.add(new Project(base.id(), base.name(), base.rationale(), base.objectives(), base.targetAreaIds(),
					"หน่วยงานรับผิดชอบของสำนักงานจังหวัด", base.partners(), base.startYear(), base.endYear(), budget,
					Baht.of(new java.math.BigDecimal("168100000.25")), base.outputs(), base.outcomes(), base.alignment()));
		}
		Goal goal = small.plan().goals().get(0);
		Strategy strategy = goal.strategies().get(0);
		strategy = new Strategy(strategy.id(), "ยกระดับโครงข่ายและบริการ Wi-Fi สาธารณะ (Environment)",
				"", projects, strategy.alignment());
		goal = new Goal(goal.id(), goal.dimension(), goal.title(), goal.description(), List.of(strategy), goal.alignment());
		PlanDocument plan = new PlanDocument(small.plan().provinceCode(), small.plan().title(), small.plan().period(),
				small.plan().vision(), small.plan().missions(), List.of(goal), small.plan().kpis(),
				small.plan().sections());
		var catalogue = new NationalCatalogue(List.of("NS2", "NS5"), List.of("MP06"), List.of("M08"),
				List.of("SDG7", "SDG11"), List.of(), java.util.Set.of("ENV", "ECO", "LIV"));
		String context = "จังหวัดเป็นจุดตัดของทางหลวงสายหลักเหนือ–ใต้และตะวันออก–ตะวันตก (สี่แยกอินโดจีน) "
				+ "แผนแม่บทฉบับนี้เป็นกรอบการพัฒนาเมืองอัจฉริยะภายใต้ยุทธศาสตร์ชาติ โดยบูรณาการข้อมูลของหน่วยงาน"
				+ "ภายใต้กระทรวงมหาดไทย ใช้ประโยชน์จากที่ตั้งบนสี่แยกอินโดจีนและรถไฟทางคู่เพื่อเป็นกรอบการลงทุนและ"
				+ "บูรณาการงบประมาณ ";
		return new BookInput(small.provinceName(), small.version(), plan, small.areas(), small.boundaries(),
				new ContextParts(context.repeat(3), context, context, "", ""),
				new SwotLists(items("จุดแข็งด้านที่ตั้งและการบูรณาการข้อมูลของหน่วยงานภายใต้จังหวัด ข้อ "),
						items("จุดอ่อนด้านงบประมาณและบุคลากรดิจิทัลของท้องถิ่น ข้อ "),
						items("โอกาสจากระเบียงเศรษฐกิจตะวันออก–ตะวันตกและสี่แยกอินโดจีน ข้อ "),
						items("อุปสรรคจากฝุ่นละออง PM2.5 และอุทกภัยในลุ่มน้ำน่าน ข้อ ")),
				small.provincialStrategies(), small.referenceItems(), small.readiness(),
				AlignmentAnalysis.of(plan, catalogue), Map.of());
	}

	private static List<String> items(String prefix) {
		List<String> items = new ArrayList<>();
		for (int i = 1; i <= 9; i++) {
			items.add(prefix + i + " ซึ่งต้องอธิบายให้ครบถ้วนเพื่อให้คณะกรรมการเข้าใจบริบทของจังหวัด");
		}
		return items;
	}
}
