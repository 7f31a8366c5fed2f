package org.smartcityplanner.actionplan.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.Finding;
import org.smartcityplanner.actionplan.rules.Scoring;
import org.smartcityplanner.actionplan.rules.SplitCheck;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One candidate project's own figures: its budget lines and funding split, its optimiser settings and its
 * criterion scores.
 */
@Component
@Transactional
class ProjectBudgetService {

	private final ReferenceApi reference;
	private final SourceRuleService sources;
	private final PlanProjects projects;
	private final ProjectStore projectStore;
	private final ActionPlanOwnership owned;
	private final PlanBallotStore ballots;
	private final AuditLog audit;

	ProjectBudgetService(ReferenceApi reference, SourceRuleService sources, PlanProjects projects,
			ProjectStore projectStore, ActionPlanOwnership owned, PlanBallotStore ballots, AuditLog audit) {
		this.ballots = ballots;
		this.reference = reference;
		this.sources = sources;
		this.projects = projects;
		this.projectStore = projectStore;
		this.owned = owned;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	List<CandidateProject> projects(ProvinceCode province) {
		return projects.all(province);
	}

	@Transactional(readOnly = true)
	Optional<CandidateProject> project(ProvinceCode province, String projectId) {
		return projects.find(province, projectId);
	}

	void saveBudget(ProvinceCode province, String projectId, BudgetSheet sheet) {
		CandidateProject project = owned.project(province, projectId, "projectId");
		var period = projects.plan(province).orElseThrow().header().period();
		for (FiscalYear year : sheet.lines().keySet()) {
			if (year.compareTo(period.first()) < 0 || year.compareTo(period.last()) > 0) {
				throw new InvalidInputException("actionplan.budget.yearOutsidePlan", year, period.first(), period.last());
			}
		}
		sheet.lines().values().forEach(row -> row.keySet().forEach(category -> reference
			.item(ReferenceKind.BUDGET_CATEGORY, category)
			.orElseThrow(() -> new InvalidInputException("actionplan.budget.unknownCategory", category))));
		sheet.split().keySet().forEach(sources::source);
		List<Finding> findings = sheet.check();
		if (!findings.isEmpty()) {
			throw refusal(findings.get(0));
		}
		List<Finding> breaks = SplitCheck.check(sheet, project.dimension(), project.budget().settings().type(),
				source -> sources.sourceRules(source).rule());
		if (!breaks.isEmpty()) {
			throw refusal(breaks.get(0));
		}
		projectStore.replaceSheet(province, projectId, sheet);
		audit.record(new AuditChange("actionplan-budget", projectId, "updated", province, project.budget().sheet(),
				sheet));
	}

	private static InvalidInputException refusal(Finding finding) {
		return new InvalidInputException(finding.messageKey(), finding.arguments().toArray());
	}

	void saveSettings(ProvinceCode province, String projectId, ProjectSettings changed, int version) {
		CandidateProject project = owned.project(province, projectId, "projectId");
		List<CandidateProject> all = projects.all(province);
		int years = projects.plan(province).orElseThrow().header().period().years().size();
		if (changed.maxShiftYears() < 0 || changed.maxShiftYears() >= years) {
			throw new InvalidInputException("actionplan.settings.shiftRange", years - 1);
		}
		if (changed.exclusiveGroup().length() > 100) {
			throw new InvalidInputException("actionplan.settings.groupTooLong", 100);
		}
		if (changed.dependsOn() != null) {
			owned.project(province, changed.dependsOn(), "dependsOn");
			List<String> cycle = DependencyCycles.cycleThrough(projectId, changed.dependsOn(), all);
			if (!cycle.isEmpty()) {
				throw new InvalidInputException("actionplan.settings.cycle", String.join(" → ", cycle));
			}
		}
		projectStore.saveSettings(province, projectId, changed, version);
		audit.record(new AuditChange("actionplan-settings", projectId, "updated", province,
				project.budget().settings(), changed));
	}

	void saveScores(ProvinceCode province, String projectId, Map<Criterion, BigDecimal> scores) {
		CandidateProject project = owned.project(province, projectId, "projectId");
		scores.values().forEach(Scoring::checkScore);
		Map<Criterion, BigDecimal> kept = new EnumMap<>(Criterion.class);
		kept.putAll(scores);
		ballots.publicSupport(province, projectId).ifPresent(fromBallot -> {
			BigDecimal typed = scores.get(Criterion.PUBLIC_SUPPORT);
			if (typed != null && typed.compareTo(fromBallot.score()) != 0) {
				throw new InvalidInputException("actionplan.score.publicSupportFromBallot", fromBallot.score(),
						String.valueOf(fromBallot.ballotId()));
			}
			kept.put(Criterion.PUBLIC_SUPPORT, fromBallot.score());
		});
		projectStore.replaceScores(province, projectId, kept);
		audit.record(new AuditChange("actionplan-scores", projectId, "updated", province, project.budget().scores(),
				kept));
	}

	void recordPublicSupport(ProvinceCode province, String projectId, BigDecimal score) {
		owned.project(province, projectId, "projectId");
		Scoring.checkScore(score);
		projectStore.setScore(province, projectId, Criterion.PUBLIC_SUPPORT, score);
		audit.record(new AuditChange("actionplan-scores", projectId, "public-support", province, null, score));
	}
}
