package org.smartcityplanner.actionplan.internal;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * The action plan's one ownership check, used by every service method that takes an id: plan projects (asked of
 * the plan module through {@link PlanProjects}, which reads only {@code PlanApi}), target areas (asked of
 * {@link ProfileApi}), and the module's own runs, action items and minimums. An id that is not in the province of
 * the path fails with {@link org.smartcityplanner.shared.NotInProvinceException} naming the field, before anything
 * is read or stored; a delete of something that is not there says so the same way.
 */
@Component
class ActionPlanOwnership {

	private final PlanProjects projects;
	private final RunStore runs;
	private final ActionItemStore items;
	private final OptimiserSettingsStore settings;
	private final ProfileApi profile;

	ActionPlanOwnership(PlanProjects projects, RunStore runs, ActionItemStore items, OptimiserSettingsStore settings,
			ProfileApi profile) {
		this.projects = projects;
		this.runs = runs;
		this.items = items;
		this.settings = settings;
		this.profile = profile;
	}

	CandidateProject project(ProvinceCode province, String projectId, String field) {
		return InProvince.require(projects.find(province, projectId), field, projectId);
	}

	OptimiserRun run(ProvinceCode province, long runId, String field) {
		// ids as text: a number argument prints as "999,999" in the message
		return InProvince.require(runs.find(province, runId), field, String.valueOf(runId));
	}

	ActionItem item(ProvinceCode province, long itemId) {
		return InProvince.require(items.find(province, itemId), "itemId", String.valueOf(itemId));
	}

	MinimumRule minimum(ProvinceCode province, long minimumId) {
		return InProvince.require(settings.minimums(province).stream().filter(rule -> rule.id() == minimumId)
			.findFirst(), "id", String.valueOf(minimumId));
	}

	/** A target area id as a minimum's code. */
	void area(ProvinceCode province, String areaId, String field) {
		InProvince.require(profile.areasOf(province).stream().anyMatch(area -> String.valueOf(area.id()).equals(areaId)),
				field, areaId);
	}

	/**
	 * Project ids a what-if names: those of the run it starts from, or of the province's plan for a fresh run.
	 *
	 * @param base the run started from, or {@code null}
	 */
	void candidates(ProvinceCode province, OptimiserRun base, Collection<String> projectIds, String field) {
		if (projectIds.isEmpty()) {
			return;
		}
		Set<String> known = base == null
				? projects.all(province).stream().map(CandidateProject::id).collect(Collectors.toSet())
				: base.inputs().problem().candidates().stream().map(Candidate::projectId).collect(Collectors.toSet());
		InProvince.requireAll(projectIds, known::contains, field);
	}
}
