package org.smartcityplanner.actionplan.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.Proposal;
import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A project's proposal forms, one per budget source it asks money of: what was typed and whether it is ready. */
@Component
@Transactional
class ProposalService {

	private final SourceRuleService sources;
	private final PlanProjects projects;
	private final ProposalStore proposals;
	private final ProposalForms forms;
	private final ActionPlanOwnership owned;
	private final AuditLog audit;

	ProposalService(SourceRuleService sources, PlanProjects projects, ProposalStore proposals, ProposalForms forms,
			ActionPlanOwnership owned, AuditLog audit) {
		this.sources = sources;
		this.projects = projects;
		this.proposals = proposals;
		this.forms = forms;
		this.owned = owned;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	Proposal proposal(ProvinceCode province, String projectId, String sourceCode) {
		CandidateProject candidate = owned.project(province, projectId, "projectId");
		SourceRule rule = sources.sourceRules(sourceCode).rule();
		var plan = projects.plan(province).orElseThrow();
		var project = projects.planProject(province, projectId).orElseThrow();
		var saved = proposals.find(projectId, sourceCode);
		return forms.build(province, candidate, project, plan.document(), rule,
				saved.map(ProposalStore.Saved::typed).orElse(Map.of()), saved.map(ProposalStore.Saved::ready).orElse(false),
				saved.map(ProposalStore.Saved::version).orElse(0));
	}

	@Transactional(readOnly = true)
	List<Proposal> proposals(ProvinceCode province, String projectId) {
		CandidateProject candidate = owned.project(province, projectId, "projectId");
		return candidate.budget().sheet().split().keySet().stream()
			.map(source -> proposal(province, projectId, source)).toList();
	}

	void saveProposal(ProvinceCode province, String projectId, String sourceCode, Map<FormField, String> typed,
			int version) {
		Proposal before = proposal(province, projectId, sourceCode);
		Map<FormField, String> clean = new EnumMap<>(FormField.class);
		typed.forEach((field, value) -> {
			if (!field.fromPlan() && value != null && !value.isBlank()) {
				if (value.length() > 5000) {
					throw new InvalidInputException("actionplan.proposal.tooLong", field.name(), 5000);
				}
				clean.put(field, value.strip());
			}
		});
		proposals.save(province, projectId, sourceCode, clean, false, version);
		Proposal after = proposal(province, projectId, sourceCode);
		boolean ready = before.ready() && after.status().complete();
		if (ready) {
			proposals.save(province, projectId, sourceCode, clean, true, after.version());
		}
		audit.record(new AuditChange("actionplan-proposal", projectId + "/" + sourceCode, "updated", province,
				before.typed(), clean));
	}

	void markReady(ProvinceCode province, String projectId, String sourceCode, boolean ready) {
		Proposal current = proposal(province, projectId, sourceCode);
		if (ready && !current.status().complete()) {
			throw new InvalidInputException("actionplan.proposal.incomplete", current.status().missing().size(),
					current.status().ruleBreaks().size());
		}
		proposals.save(province, projectId, sourceCode, current.typed(), ready, current.version());
		audit.record(new AuditChange("actionplan-proposal", projectId + "/" + sourceCode,
				ready ? "ready" : "not-ready", province, current.ready(), ready));
	}
}
