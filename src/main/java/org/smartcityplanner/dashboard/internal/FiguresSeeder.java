package org.smartcityplanner.dashboard.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ActionPlanApi;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.AssessmentApi;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortApi;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills a province's figures from the plan's, the action plan's and training's APIs: for data that existed
 * before the read model (events never told it), and for a province whose first event arrives before the read
 * model knows it.
 */
@Component
class FiguresSeeder {

	private final PlanApi plans;
	private final ActionPlanApi actionPlans;
	private final CohortApi cohorts;
	private final AssessmentApi assessments;
	private final FiguresStore store;

	FiguresSeeder(PlanApi plans, ActionPlanApi actionPlans, CohortApi cohorts, AssessmentApi assessments,
			FiguresStore store) {
		this.plans = plans;
		this.actionPlans = actionPlans;
		this.cohorts = cohorts;
		this.assessments = assessments;
		this.store = store;
	}

	/** Seeds the province unless the read model has a row for it. */
	@Transactional
	void ensureSeen(ProvinceCode province) {
		if (!store.knows(province)) {
			seed(province);
		}
	}

	/** Seeds the province unless the read model already knows its plan. */
	@Transactional
	void ensureKnown(ProvinceCode province) {
		if (!store.knowsPlanOf(province)) {
			seed(province);
		}
	}

	@Transactional
	void seed(ProvinceCode province) {
		Map<Long, Boolean> trainees = trainees(province);
		Optional<LoadedPlan> plan = plans.plan(province);
		if (plan.isEmpty()) {
			// remembered as "no plan", so the start-up backfill does not ask again
			store.replace(province, new FiguresStore.Seed(null, List.of(), null, null, null, null, trainees));
			return;
		}
		List<String> projectIds = plan.get().document().projects().map(project -> project.id().value()).toList();
		Optional<PlanVersionSummary> last = plans.versions(province).stream().findFirst();
		List<ActionItem> items = actionPlans.actionItems(province);
		Long runId = items.stream().map(ActionItem::runId).filter(Objects::nonNull).max(Long::compare).orElse(null);
		Integer adopted = items.isEmpty() ? null
				: (int) items.stream().map(ActionItem::projectId).distinct().count();
		store.replace(province, new FiguresStore.Seed(plan.get().header().status(), projectIds,
				last.map(PlanVersionSummary::id).orElse(null), last.map(PlanVersionSummary::name).orElse(null), runId,
				adopted, trainees));
	}

	private Map<Long, Boolean> trainees(ProvinceCode province) {
		Map<Long, Boolean> trainees = new HashMap<>();
		for (Cohort cohort : cohorts.cohortsOf(province)) {
			assessments.report(province, cohort.id()).trainees()
				.forEach(line -> trainees.put(line.trainee().id(), line.certificateCode() != null));
		}
		return trainees;
	}
}
