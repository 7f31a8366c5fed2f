package org.smartcityplanner.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.Baseline;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * A large, deterministic master plan for benchmarks: 7 dimensions × 5 goals × 4 strategies × 5 projects (700
 * projects) and 1,500 KPIs over 2570–2574. The same seed gives the same document, ids included.
 *
 * <p>Every goal and project has at least one KPI; the rest are spread at random. Most items are complete, but a
 * few per cent are not (a KPI without a target year or a baseline source, a project without alignment, a
 * stated total that does not match its years), so the readiness and alignment pages render findings and gaps
 * as a real draft would.
 */
public final class LargePlan {

	public static final PlanPeriod PERIOD = new PlanPeriod(new FiscalYear(2570), new FiscalYear(2574));

	public static final List<String> DIMENSIONS = List.of("ENV", "ECO", "MOB", "ENE", "PEO", "LIV", "GOV");

	public static final int GOALS_PER_DIMENSION = 5;

	public static final int STRATEGIES_PER_GOAL = 4;

	public static final int PROJECTS_PER_STRATEGY = 5;

	public static final int KPIS = 1_500;

	/** Codes as in src/main/resources/reference/*.csv. */
	static final List<String> NATIONAL_STRATEGIES = codes("NS", 1, 6, 1);

	static final List<String> MASTER_PLANS = codes("MP", 1, 23, 2);

	static final List<String> MILESTONES = codes("M", 1, 13, 2);

	static final List<String> SDGS = codes("SDG", 1, 17, 2);

	private static final Map<String, String> DIMENSION_TOPICS = Map.of("ENV", "สิ่งแวดล้อม", "ECO", "เศรษฐกิจ",
			"MOB", "การเดินทางและขนส่ง", "ENE", "พลังงาน", "PEO", "พลเมือง", "LIV", "การดำรงชีวิต", "GOV",
			"การบริหารภาครัฐ");

	private static final Map<String, Integer> INDICATORS_PER_DIMENSION = Map.of("ENV", 12, "ECO", 11, "MOB", 12,
			"ENE", 13, "PEO", 11, "LIV", 13, "GOV", 12);

	private static final String[] GOAL_VERBS = { "ยกระดับ", "พัฒนา", "ส่งเสริม", "เพิ่มประสิทธิภาพ", "สร้างความยั่งยืนของ" };

	private static final String[] STRATEGY_VERBS = { "บูรณาการข้อมูล", "ขยายโครงข่าย", "เสริมสร้างศักยภาพ",
			"ปรับปรุงระบบ", "สร้างความร่วมมือ" };

	private static final String[] PROJECT_THINGS = { "ระบบเซ็นเซอร์ตรวจวัด", "แพลตฟอร์มข้อมูลเมือง",
			"ศูนย์ปฏิบัติการอัจฉริยะ", "แอปพลิเคชันบริการประชาชน", "ระบบแจ้งเตือนล่วงหน้า", "โครงข่ายไฟส่องสว่างอัจฉริยะ",
			"ระบบบริหารจัดการขยะ", "สถานีอัดประจุไฟฟ้า", "ระบบขนส่งสาธารณะ", "ห้องเรียนดิจิทัล" };

	private static final String[] PLACES = { "เทศบาลนครพิษณุโลก", "อำเภอวังทอง", "อำเภอบางระกำ", "อำเภอนครไทย",
			"ย่านเมืองเก่าริมแม่น้ำน่าน", "สี่แยกอินโดจีน", "อำเภอเนินมะปราง", "อำเภอพรหมพิราม" };

	private static final String[] AGENCIES = { "สำนักงานจังหวัด", "องค์การบริหารส่วนจังหวัด", "เทศบาลนคร",
			"สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด", "สำนักงานพลังงานจังหวัด", "สำนักงานขนส่งจังหวัด",
			"สำนักงานสาธารณสุขจังหวัด", "สำนักงานสถิติจังหวัด", "มหาวิทยาลัยในพื้นที่" };

	private static final String[] KPI_SUBJECTS = { "ร้อยละของครัวเรือนที่เข้าถึง", "จำนวนผู้ใช้งาน",
			"ระยะเวลาเฉลี่ยในการให้บริการ", "ปริมาณการลดลงของ", "ความพึงพอใจของประชาชนต่อ", "จำนวนจุดติดตั้ง" };

	private static final String[] UNITS = { "ร้อยละ", "คน", "นาที", "ตัน", "คะแนน", "จุด" };

	private LargePlan() {
	}

	/**
	 * The plan of one province.
	 *
	 * @param provinceCode the province, e.g. {@code TH-65}
	 * @param areaIds the province's target areas, for the projects to serve (may be empty)
	 * @param seed the random seed
	 */
	public static PlanDocument build(String provinceCode, List<Long> areaIds, long seed) {
		Random random = new Random(seed);
		List<Goal> goals = new ArrayList<>();
		List<ItemId> goalIds = new ArrayList<>();
		List<ItemId> projectIds = new ArrayList<>();
		Map<ItemId, String> dimensionOf = new LinkedHashMap<>();
		int goalNumber = 0;
		int projectNumber = 0;
		for (String dimension : DIMENSIONS) {
			String topic = DIMENSION_TOPICS.get(dimension);
			for (int g = 0; g < GOALS_PER_DIMENSION; g++) {
				goalNumber++;
				List<Strategy> strategies = new ArrayList<>();
				for (int s = 0; s < STRATEGIES_PER_GOAL; s++) {
					List<Project> projects = new ArrayList<>();
					for (int p = 0; p < PROJECTS_PER_STRATEGY; p++) {
						projectNumber++;
						Project project = project(random, projectNumber, topic, areaIds);
						projects.add(project);
						projectIds.add(project.id());
						dimensionOf.put(project.id(), dimension);
					}
					strategies.add(new Strategy(id(random),
							"กลยุทธ์ที่ %d.%d %s%s".formatted(goalNumber, s + 1, pick(random, STRATEGY_VERBS), topic),
							"แนวทางการดำเนินงานเพื่อ%sอย่างเป็นระบบ".formatted(topic), projects,
							alignment(random, 1, 2)));
				}
				ItemId goalId = id(random);
				goals.add(new Goal(goalId, dimension,
						"เป้าหมายที่ %d %s%sอัจฉริยะ".formatted(goalNumber, pick(random, GOAL_VERBS), topic),
						"มุ่ง%sของจังหวัดให้ทันสมัย ปลอดภัย และยั่งยืน".formatted(topic), strategies,
						alignment(random, 2, 3)));
				goalIds.add(goalId);
				dimensionOf.put(goalId, dimension);
			}
		}
		List<Kpi> kpis = kpis(random, goalIds, projectIds, dimensionOf);
		PlanSections sections = new PlanSections("โครงข่ายใยแก้วนำแสงและเสาสัญญาณครอบคลุมพื้นที่เป้าหมาย",
				"ข้อมูลจากเซ็นเซอร์ หน่วยงานราชการ และภาคเอกชน", "เปิดเผยผ่านแพลตฟอร์มข้อมูลเปิดของจังหวัด",
				"ตามมาตรฐานการรักษาความมั่นคงปลอดภัยไซเบอร์", "บันทึกข้อตกลงการแลกเปลี่ยนข้อมูลระหว่างหน่วยงาน",
				"คณะกรรมการขับเคลื่อนเมืองอัจฉริยะจังหวัด", "ภาครัฐ ภาคเอกชน และภาคประชาชนร่วมดำเนินการ",
				"งบพัฒนาจังหวัดและการร่วมลงทุนกับภาคเอกชน", "ติดตามผลรายไตรมาสผ่านแดชบอร์ดของจังหวัด");
		return new PlanDocument(provinceCode, "แผนแม่บทเมืองอัจฉริยะจังหวัด (ชุดทดสอบขนาดใหญ่) พ.ศ. 2570–2574", PERIOD,
				"เมืองน่าอยู่ เศรษฐกิจก้าวหน้า สิ่งแวดล้อมยั่งยืน ด้วยเทคโนโลยีและข้อมูล",
				List.of("พัฒนาโครงสร้างพื้นฐานดิจิทัล", "ยกระดับคุณภาพชีวิตของประชาชน", "ส่งเสริมเศรษฐกิจบนฐานนวัตกรรม"),
				goals, kpis, sections);
	}

	private static Project project(Random random, int number, String topic, List<Long> areaIds) {
		int start = 2570 + random.nextInt(3);
		int end = Math.min(2574, start + 1 + random.nextInt(3));
		Map<FiscalYear, Baht> budget = new LinkedHashMap<>();
		long total = 0;
		for (int year = start; year <= end; year++) {
			long amount = (1 + random.nextInt(200)) * 50_000L;
			budget.put(new FiscalYear(year), Baht.of(amount));
			total += amount;
		}
		// about 3% state a total that does not match the yearly amounts
		Baht estimated = Baht.of(random.nextInt(100) < 3 ? total + 100_000 : total);
		Set<Long> areas = new LinkedHashSet<>();
		if (!areaIds.isEmpty()) {
			areas.add(areaIds.get(random.nextInt(areaIds.size())));
			if (random.nextBoolean()) {
				areas.add(areaIds.get(random.nextInt(areaIds.size())));
			}
		}
		String thing = pick(random, PROJECT_THINGS);
		String place = pick(random, PLACES);
		// about 4% of projects are aligned with nothing yet
		Alignment alignment = random.nextInt(100) < 4 ? Alignment.NONE : alignment(random, 1, 3);
		return new Project(id(random), "โครงการที่ %d พัฒนา%sด้าน%s %s".formatted(number, thing, topic, place),
				"เพื่อแก้ปัญหาด้าน%sใน%s ที่ประชาชนได้รับผลกระทบ".formatted(topic, place),
				"ติดตั้งและใช้งาน%sให้ครอบคลุมพื้นที่เป้าหมาย".formatted(thing), areas, pick(random, AGENCIES),
				List.of(pick(random, AGENCIES), pick(random, AGENCIES)), new FiscalYear(start), new FiscalYear(end), budget,
				estimated, "%s จำนวน %d แห่ง".formatted(thing, 1 + random.nextInt(30)),
				"ประชาชนใน%sได้รับบริการที่ดีขึ้น".formatted(place), alignment);
	}

	/**
	 * One KPI per goal and per project first, the rest spread at random; in document order of their owners.
	 */
	private static List<Kpi> kpis(Random random, List<ItemId> goalIds, List<ItemId> projectIds,
			Map<ItemId, String> dimensionOf) {
		List<ItemId> owners = new ArrayList<>(goalIds);
		owners.addAll(projectIds);
		List<ItemId> assigned = new ArrayList<>(owners);
		while (assigned.size() < KPIS) {
			assigned.add(owners.get(random.nextInt(owners.size())));
		}
		List<Kpi> kpis = new ArrayList<>();
		for (ItemId owner : assigned) {
			String dimension = dimensionOf.get(owner);
			int subject = random.nextInt(KPI_SUBJECTS.length);
			BigDecimal baseline = BigDecimal.valueOf(10 + random.nextInt(900), 1);
			Map<FiscalYear, BigDecimal> targets = new LinkedHashMap<>();
			BigDecimal step = BigDecimal.valueOf(1 + random.nextInt(40), 1);
			boolean missingYear = random.nextInt(100) < 2;
			int skipped = 2570 + random.nextInt(5);
			BigDecimal value = baseline;
			for (FiscalYear year : PERIOD.years()) {
				value = value.add(step).setScale(2, RoundingMode.HALF_UP);
				if (!(missingYear && year.buddhistYear() == skipped)) {
					targets.put(year, value);
				}
			}
			String source = random.nextInt(100) < 3 ? "" : pick(random, AGENCIES);
			String indicator = random.nextInt(100) < 70
					? "IND-%s-%02d".formatted(dimension, 1 + random.nextInt(INDICATORS_PER_DIMENSION.get(dimension)))
					: null;
			kpis.add(new Kpi(id(random), owner, indicator,
					"%s%s (%d)".formatted(KPI_SUBJECTS[subject], DIMENSION_TOPICS.get(dimension), kpis.size() + 1),
					UNITS[subject], new Baseline(baseline, new FiscalYear(2568), source), targets));
		}
		return kpis;
	}

	/** Between {@code min} and {@code max} codes over the four national lists. */
	private static Alignment alignment(Random random, int min, int max) {
		Set<String> ns = new LinkedHashSet<>();
		Set<String> mp = new LinkedHashSet<>();
		Set<String> m = new LinkedHashSet<>();
		Set<String> sdg = new LinkedHashSet<>();
		int count = min + random.nextInt(max - min + 1);
		for (int i = 0; i < count; i++) {
			switch (random.nextInt(4)) {
				case 0 -> ns.add(pick(random, NATIONAL_STRATEGIES));
				case 1 -> mp.add(pick(random, MASTER_PLANS));
				case 2 -> m.add(pick(random, MILESTONES));
				default -> sdg.add(pick(random, SDGS));
			}
		}
		return new Alignment(ns, mp, m, sdg, Set.of());
	}

	private static ItemId id(Random random) {
		return new ItemId(new UUID(random.nextLong(), random.nextLong()).toString());
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static List<String> codes(String prefix, int first, int last, int digits) {
		List<String> codes = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			codes.add(prefix + ("%0" + digits + "d").formatted(i));
		}
		return List.copyOf(codes);
	}
}
