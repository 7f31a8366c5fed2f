package org.smartcityplanner.actionplan.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcityplanner.actionplan.BallotRequest;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.participation.BallotApi;
import org.smartcityplanner.participation.BallotDraft;
import org.smartcityplanner.participation.BallotItem;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts plan projects to a participatory-budgeting vote: checks that every project is one of the province's plan
 * projects with a cost, builds participation's neutral ballot items (the project's {@code plan.item} reference, name and whole
 * cost) and asks participation to create the ballot, in one transaction with the action plan's own record of it.
 */
@Component
@Transactional
class PlanBallotOpening {

	/**
	 * The type of a plan project in a {@link ResourceRef}: a plan item ({@code plan.item:<item id>}), the reference
	 * the plan and participation already use for plan items (participation's {@code spi.PlanItemChoice.TYPE}).
	 */
	static final String PROJECT_REF_TYPE = "plan.item";

	private final PlanProjects projects;
	private final OptimiserSettingsStore settings;
	private final BallotApi ballots;
	private final PlanBallotStore store;
	private final AuditLog audit;

	PlanBallotOpening(PlanProjects projects, OptimiserSettingsStore settings, BallotApi ballots, PlanBallotStore store,
			AuditLog audit) {
		this.projects = projects;
		this.settings = settings;
		this.ballots = ballots;
		this.store = store;
		this.audit = audit;
	}

	static ResourceRef refOf(String projectId) {
		return new ResourceRef(PROJECT_REF_TYPE, projectId);
	}

	long open(ProvinceCode province, BallotRequest request) {
		if (request.projectIds().isEmpty()) {
			throw new InvalidInputException("actionplan.ballot.noProjects", "projectIds");
		}
		if (request.kind() == null) {
			throw new InvalidInputException("actionplan.ballot.noKind", "kind");
		}
		Map<String, CandidateProject> byId = projects.all(province).stream()
			.collect(Collectors.toMap(CandidateProject::id, Function.identity()));
		InProvince.requireAll(request.projectIds(), byId::containsKey, "projectIds");
		Set<String> seen = new HashSet<>();
		List<BallotItem> items = request.projectIds().stream().map(id -> {
			CandidateProject project = byId.get(id);
			if (!seen.add(id)) {
				throw new InvalidInputException("actionplan.ballot.twice", project.name());
			}
			if (project.cost().satang() <= 0) {
				throw new InvalidInputException("actionplan.ballot.noCost", project.name());
			}
			return new BallotItem(refOf(id), project.name(), project.cost());
		}).toList();
		Baht budget = request.budget() != null ? request.budget() : defaultBudget(province);
		if (budget.satang() <= 0) {
			throw new InvalidInputException("actionplan.ballot.noBudget", "budget");
		}
		String title = request.title() == null ? "" : request.title().strip();
		long ballotId = ballots.create(province, new BallotDraft(title, request.kind(), request.maxChoices(), budget,
				items));
		store.opened(province, ballotId, title, request.kind(), budget, Instant.now());
		Map<String, Object> opened = new LinkedHashMap<>();
		opened.put("title", title);
		opened.put("kind", request.kind());
		opened.put("maxChoices", request.maxChoices());
		opened.put("budget", budget);
		opened.put("projectIds", request.projectIds());
		audit.record(new AuditChange("actionplan-ballot", String.valueOf(ballotId), "opened", province, null, opened));
		return ballotId;
	}

	/**
	 * The default budget: every source's envelope for the plan's first fiscal year together, so the vote shares
	 * out about one year's money; zero while no envelope is entered (staff then type a budget).
	 */
	@Transactional(readOnly = true)
	Baht defaultBudget(ProvinceCode province) {
		return projects.plan(province).map(plan -> plan.header().period().first().buddhistYear())
			.map(year -> settings.envelopes(province).values().stream()
				.map(byYear -> byYear.getOrDefault(year, Baht.ZERO)).reduce(Baht.ZERO, Baht::plus))
			.orElse(Baht.ZERO);
	}
}
