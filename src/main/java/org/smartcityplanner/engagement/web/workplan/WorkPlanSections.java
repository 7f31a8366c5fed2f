package org.smartcityplanner.engagement.web.workplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.smartcityplanner.engagement.internal.workplan.DeliverableFile;
import org.smartcityplanner.engagement.internal.workplan.WorkItem;
import org.smartcityplanner.engagement.internal.workplan.WorkPlan;
import org.smartcityplanner.engagement.internal.workplan.WorkPlanProgress;
import org.smartcityplanner.engagement.internal.workplan.WorkPlanUseCases;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.UserSummary;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the work-plan section for a page. Public and named so the fragment
 * {@code engagement/workplan/section :: section(engagementId)} can call it itself
 * ({@code ${@workPlanSections.of(id)}}) and the engagement page that includes it needs to know nothing about it.
 * Callers have already checked that the user may see the engagement.
 */
@Component("workPlanSections")
public class WorkPlanSections {

	private final WorkPlanUseCases workPlans;
	private final IdentityApi identity;
	private final Clock clock;

	WorkPlanSections(WorkPlanUseCases workPlans, IdentityApi identity, Clock clock) {
		this.workPlans = workPlans;
		this.identity = identity;
		this.clock = clock;
	}

	/** The section of an engagement, or null for no such engagement. */
	public WorkPlanSection of(long engagementId) {
		return workPlans.plan(engagementId).map(this::of).orElse(null);
	}

	WorkPlanSection of(WorkPlan plan) {
		LocalDate today = LocalDate.now(clock);
		Locale locale = LocaleContextHolder.getLocale();
		boolean thai = !"en".equals(locale.getLanguage());
		List<WorkPlanSection.ItemRow> rows = plan.items().stream()
			.map(item -> new WorkPlanSection.ItemRow(item, item.title(thai), owner(item), item.lateOn(today),
					item.dueSoonOn(today), files(plan, item), item.startDate(), item.dueDate()))
			.toList();
		return new WorkPlanSection(plan, WorkPlanProgress.of(plan, today),
				GanttChart.of(plan, today, thai ? Locale.forLanguageTag("th") : Locale.ENGLISH), rows,
				"/p/" + plan.engagement().province().value() + "/documents", team(plan));
	}

	private List<WorkPlanSection.Member> team(WorkPlan plan) {
		return plan.engagement().team().entrySet().stream()
			.map(m -> new WorkPlanSection.Member(m.getKey(),
					identity.user(m.getKey()).map(UserSummary::displayName).orElse(""), m.getValue()))
			.sorted(java.util.Comparator.comparing((WorkPlanSection.Member m) -> !m.lead())
				.thenComparing(WorkPlanSection.Member::name))
			.toList();
	}

	private String owner(WorkItem item) {
		return item.ownerUserId() == null ? ""
				: identity.user(item.ownerUserId()).map(UserSummary::displayName).orElse("");
	}

	private List<DeliverableFile> files(WorkPlan plan, WorkItem item) {
		return item.isDeliverable() && !item.isGenerated() ? workPlans.files(plan.engagement().id(), item.id())
				: List.of();
	}
}
