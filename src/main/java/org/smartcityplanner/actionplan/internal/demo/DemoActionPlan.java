package org.smartcityplanner.actionplan.internal.demo;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.LargestRemainder;
import org.smartcityplanner.actionplan.rules.ProjectType;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * The demo province's action-plan data: every plan project's cost split into budget categories by its type,
 * scores on the six criteria, a few funding splits, one mandatory project, a pair of alternatives, two
 * dependencies, start-year shifting, minimums, and envelopes per source and fiscal year of about 70 % of what
 * the projects ask, so the optimiser must leave some projects out for real reasons. Public support is not seeded
 * here: the demo's closed participatory-budgeting ballot gives it. Fictional but realistic.
 */
final class DemoActionPlan {

	/** Envelopes in million baht per source for fiscal years 2570–2574. */
	static final Map<String, long[]> ENVELOPES_MILLION = new LinkedHashMap<>();

	static {
		ENVELOPES_MILLION.put("PROV", new long[] { 28, 38, 38, 22, 10 });
		ENVELOPES_MILLION.put("CLUS", new long[] { 10, 25, 25, 15, 5 });
		ENVELOPES_MILLION.put("FUNC", new long[] { 32, 46, 42, 22, 9 });
		ENVELOPES_MILLION.put("AGEN", new long[] { 10, 15, 15, 8, 4 });
		ENVELOPES_MILLION.put("LOCAL", new long[] { 8, 10, 10, 6, 4 });
		ENVELOPES_MILLION.put("DEF", new long[] { 15, 20, 15, 10, 6 });
		ENVELOPES_MILLION.put("PPP", new long[] { 0, 30, 20, 10, 0 });
	}

	/**
	 * The working group's pairwise judgements in criterion order (alignment, KPI contribution, readiness, public
	 * support, area equity, cost-effectiveness): alignment first, readiness and value for money close behind.
	 */
	static final double[][] AHP_JUDGEMENTS = {
			{ 1, 2, 1, 3, 3, 1 },
			{ 0, 1, 1.0 / 2, 2, 2, 1.0 / 2 },
			{ 0, 0, 1, 3, 3, 1 },
			{ 0, 0, 0, 1, 1, 1.0 / 3 },
			{ 0, 0, 0, 0, 1, 1.0 / 3 },
			{ 0, 0, 0, 0, 0, 1 } };

	static final String CITY_DATA_PLATFORM = "แพลตฟอร์มข้อมูลเมืองพิษณุโลก";

	private DemoActionPlan() {
	}

	static void seed(ActionPlanUseCases actionPlans, ProvinceCode province, long oldTownAreaId) {
		List<CandidateProject> projects = actionPlans.projects(province);
		for (CandidateProject project : projects) {
			ProjectType type = typeOf(project.name());
			actionPlans.saveBudget(province, project.id(), new BudgetSheet(lines(project, type), Map.of()));
			actionPlans.saveScores(province, project.id(), scores(project));
			int lastYear = project.planEstimate().keySet().stream().mapToInt(FiscalYear::buddhistYear).max().orElse(2574);
			boolean mandatory = project.name().contains(CITY_DATA_PLATFORM);
			actionPlans.saveSettings(province, project.id(), new ProjectSettings(type, mandatory,
					groupOf(project.name()), null, mandatory ? 0 : Math.min(1, 2574 - lastYear)), 0);
		}
		depend(actionPlans, province, projects, "พอร์ทัลข้อมูลเปิด", CITY_DATA_PLATFORM);
		depend(actionPlans, province, projects, "แอปพลิเคชันข้อมูลการเดินทาง", "รถโดยสารไฟฟ้าสายป้อน");
		splitDataPlatform(actionPlans, province, projects);
		Map<String, Map<Integer, Baht>> envelopes = new LinkedHashMap<>();
		ENVELOPES_MILLION.forEach((source, millions) -> {
			Map<Integer, Baht> byYear = new TreeMap<>();
			for (int i = 0; i < millions.length; i++) {
				byYear.put(2570 + i, Baht.of(millions[i] * 1_000_000));
			}
			envelopes.put(source, byYear);
		});
		actionPlans.saveEnvelopes(province, envelopes);
		actionPlans.saveAhpWeights(province, AHP_JUDGEMENTS);
		actionPlans.addMinimum(province, new MinimumRule(0, "DIMENSION", "ENV", 2, 0));
		actionPlans.addMinimum(province, new MinimumRule(0, "AREA", String.valueOf(oldTownAreaId), 3, 0));
	}

	/** The type a budget officer would give the project, from what its name says it builds. */
	static ProjectType typeOf(String name) {
		if (name.matches(".*(อบรม|พัฒนาบุคลากร|ยกระดับทักษะ|ห้องเรียน|บ่มเพาะ).*")) {
			return ProjectType.CAPACITY;
		}
		if (name.contains("ศึกษาและออกแบบ")) {
			return ProjectType.STUDY;
		}
		if (name.matches(".*(ศูนย์กระจายสินค้า|ไฟถนน|สถานี|หลังคา|รถโดยสาร|ระบายน้ำ|กล้องวงจรปิด|สัญญาณไฟ|เซนเซอร์|อินเทอร์เน็ต|จุดพักรถ).*")) {
			return ProjectType.INFRASTRUCTURE;
		}
		if (name.matches(".*(แพลตฟอร์ม|แอปพลิเคชัน|ข้อมูล|พอร์ทัล|ดิจิทัล|e-Service|ระบบ).*")) {
			return ProjectType.DIGITAL;
		}
		return ProjectType.SERVICE;
	}

	/** Share of the cost per budget category, in per mille, by project type. */
	private static Map<String, Long> categoryShares(ProjectType type) {
		Map<String, Long> shares = new LinkedHashMap<>();
		switch (type) {
			case INFRASTRUCTURE -> {
				shares.put("PERSONNEL", 30L);
				shares.put("OPERATING", 170L);
				shares.put("INVESTMENT", 800L);
			}
			case DIGITAL -> {
				shares.put("PERSONNEL", 60L);
				shares.put("OPERATING", 440L);
				shares.put("INVESTMENT", 500L);
			}
			case CAPACITY -> {
				shares.put("PERSONNEL", 200L);
				shares.put("OPERATING", 650L);
				shares.put("SUBSIDY", 150L);
			}
			case STUDY -> {
				shares.put("PERSONNEL", 100L);
				shares.put("OPERATING", 900L);
			}
			default -> {
				shares.put("PERSONNEL", 100L);
				shares.put("OPERATING", 500L);
				shares.put("INVESTMENT", 350L);
				shares.put("OTHER", 50L);
			}
		}
		return shares;
	}

	private static Map<FiscalYear, Map<String, Baht>> lines(CandidateProject project, ProjectType type) {
		Map<FiscalYear, Map<String, Baht>> lines = new TreeMap<>();
		project.planEstimate().forEach((year, amount) -> {
			Map<String, Baht> row = new LinkedHashMap<>();
			if (amount.satang() > 0) {
				LargestRemainder.share(amount.satang(), categoryShares(type))
					.forEach((category, satang) -> row.put(category, new Baht(satang)));
			}
			lines.put(year, row);
		});
		return lines;
	}

	/** Scores 4–9.5 in half points, fixed per project (from its name) so every start shows the same demo. */
	private static Map<Criterion, BigDecimal> scores(CandidateProject project) {
		Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
		int seed = Math.abs(project.name().hashCode());
		for (Criterion criterion : Criterion.values()) {
			if (criterion == Criterion.PUBLIC_SUPPORT) {
				// never typed: the demo's closed ballot (participation's demo seed, after this one) sets it through
				// BallotClosed, and saving scores keeps a score that came from a ballot
				continue;
			}
			int halfPoints = 8 + (seed % 12);
			seed = seed / 7 + 13 * criterion.ordinal();
			scores.put(criterion, BigDecimal.valueOf(halfPoints, 0).divide(BigDecimal.valueOf(2)));
		}
		if (project.name().contains(CITY_DATA_PLATFORM)) {
			scores.put(Criterion.ALIGNMENT, new BigDecimal("9.5"));
		}
		return scores;
	}

	/** The two learning-space projects are alternatives for the same local budget. */
	private static String groupOf(String name) {
		return name.contains("ห้องเรียนดิจิทัล") || name.contains("ห้องสมุดดิจิทัล") ? "พื้นที่การเรียนรู้ดิจิทัล" : "";
	}

	private static void depend(ActionPlanUseCases actionPlans, ProvinceCode province, List<CandidateProject> projects,
			String dependent, String required) {
		Optional<CandidateProject> project = find(projects, dependent);
		Optional<CandidateProject> needed = find(projects, required);
		if (project.isPresent() && needed.isPresent()) {
			CandidateProject current = actionPlans.project(province, project.get().id()).orElseThrow();
			ProjectSettings settings = current.budget().settings();
			actionPlans.saveSettings(province, current.id(), new ProjectSettings(settings.type(), settings.mandatory(),
					settings.exclusiveGroup(), needed.get().id(), settings.maxShiftYears()), current.budget().version());
		}
	}

	/** The City Data Platform asks the digital fund for 90 % and co-funds 10 % from the provincial budget. */
	private static void splitDataPlatform(ActionPlanUseCases actionPlans, ProvinceCode province,
			List<CandidateProject> projects) {
		find(projects, CITY_DATA_PLATFORM).ifPresent(found -> {
			CandidateProject project = actionPlans.project(province, found.id()).orElseThrow();
			BudgetSheet sheet = project.budget().sheet();
			Map<String, Long> weights = new LinkedHashMap<>();
			weights.put("DEF", 9L);
			weights.put("PROV", 1L);
			Map<String, Baht> split = new LinkedHashMap<>();
			LargestRemainder.share(sheet.total().satang(), weights)
				.forEach((source, satang) -> split.put(source, new Baht(satang)));
			actionPlans.saveBudget(province, project.id(), new BudgetSheet(sheet.lines(), split));
		});
	}

	private static Optional<CandidateProject> find(List<CandidateProject> projects, String nameContains) {
		return projects.stream().filter(project -> project.name().contains(nameContains)).findFirst();
	}
}
