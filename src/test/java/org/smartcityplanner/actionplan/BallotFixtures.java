package org.smartcityplanner.actionplan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.participation.BallotClosed;
import org.smartcityplanner.participation.BallotItemOutcome;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;

/**
 * The ballot tests' plan: seven costed projects, made once per application context and province (each province
 * has one plan), so each test uses projects of its own. TH-69 is the ballot tests' province where they call the
 * module directly; it is not in the reference list of provinces, so the pages (which answer 404 for an unknown
 * province) are tested in Kalasin (TH-46) instead.
 */
public final class BallotFixtures {

	public static final ProvinceCode PROVINCE = new ProvinceCode("TH-69");

	private BallotFixtures() {
	}

	/** The seven project ids of {@link #PROVINCE} in plan order, the plan made on first use. */
	public static List<String> projects(PlanUseCases plans, ActionPlanUseCases actionPlans) {
		return projects(plans, actionPlans, PROVINCE);
	}

	/** The seven project ids in plan order, the plan made on first use. */
	public static List<String> projects(PlanUseCases plans, ActionPlanUseCases actionPlans, ProvinceCode province) {
		synchronized (BallotFixtures.class) {
			if (plans.plan(province).isEmpty()) {
				Map<String, Long> costs = new LinkedHashMap<>();
				costs.put("ป้ายรถโดยสารอัจฉริยะ", 2_000_000L);
				costs.put("ศูนย์ข้อมูลเมืองกาฬสินธุ์", 5_000_000L);
				costs.put("ไฟถนนอัจฉริยะ", 4_000_000L);
				costs.put("แอปแจ้งเหตุชุมชน", 1_000_000L);
				costs.put("ห้องเรียนดิจิทัลชุมชน", 1_500_000L);
				costs.put("ระบบเฝ้าระวังน้ำท่วม", 3_000_000L);
				costs.put("ตลาดออนไลน์ผ้าไหมแพรวา", 800_000L);
				ActionPlanFixtures.planWithProjects(plans, province, costs);
			}
			return actionPlans.projects(province).stream().map(CandidateProject::id).toList();
		}
	}

	/** A plan project's line on a ballot's count. */
	public static BallotItemOutcome outcome(String projectId, long approvals, long ballotsCast, boolean selected) {
		return outcome(new ResourceRef("plan.item", projectId), approvals, ballotsCast, selected);
	}

	public static BallotItemOutcome outcome(ResourceRef ref, long approvals, long ballotsCast, boolean selected) {
		BigDecimal share = BigDecimal.valueOf(approvals).divide(BigDecimal.valueOf(ballotsCast), 4,
				java.math.RoundingMode.HALF_UP);
		return new BallotItemOutcome(ref, approvals, share, selected, selected);
	}

	public static BallotClosed closed(long ballotId, long online, long paper, BallotItemOutcome... outcomes) {
		return new BallotClosed(PROVINCE, ballotId, "Ballot " + ballotId,
				java.time.Instant.parse("2026-12-01T03:00:00Z").plusSeconds(ballotId), online, paper, List.of(outcomes));
	}
}
