package org.smartcityplanner.actionplan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.PublicSupport;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.PublicSupportScore;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.participation.BallotClosed;
import org.smartcityplanner.participation.BallotItemOutcome;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a ballot on plan projects closes, each of the province's projects on it gets its public-support score
 * ({@link PublicSupportScore}) from the newest closed ballot that included it. Idempotent: a second delivery of
 * the same event writes the same rows, keeps the first closing time and audits nothing.
 */
@Component
class PublicSupportRecorder {

	/** The listener's id in the event publication registry, fixed so republished events find it after a refactoring. */
	static final String LISTENER_ID = "actionplan.public-support";

	private static final Logger log = LoggerFactory.getLogger(PublicSupportRecorder.class);

	private final PlanProjects projects;
	private final PlanBallotStore ballots;
	private final ProjectStore projectStore;
	private final AuditLog audit;

	PublicSupportRecorder(PlanProjects projects, PlanBallotStore ballots, ProjectStore projectStore, AuditLog audit) {
		this.projects = projects;
		this.ballots = ballots;
		this.projectStore = projectStore;
		this.audit = audit;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(BallotClosed event) {
		ProvinceCode province = event.province();
		Map<String, CandidateProject> own = projects.all(province).stream()
			.collect(Collectors.toMap(CandidateProject::id, Function.identity()));
		long most = event.outcomes().stream().mapToLong(BallotItemOutcome::approvals).max().orElse(0);
		List<PlanBallotStore.OutcomeRow> rows = new ArrayList<>();
		for (BallotItemOutcome outcome : event.outcomes()) {
			boolean project = PlanBallotOpening.PROJECT_REF_TYPE.equals(outcome.ref().type());
			if (!project || !own.containsKey(outcome.ref().id())) {
				// our own ballots carry only our projects: a stranger means the project left the plan since
				log.info("Ballot {} of {}: {} is not a plan project of the province; no score recorded", event.ballotId(),
						province, outcome.ref());
			}
			else if (most == 0) {
				log.info("Ballot {} of {}: nobody approved any project; no scores recorded", event.ballotId(), province);
				break;
			}
			else {
				rows.add(new PlanBallotStore.OutcomeRow(outcome.ref().id(), outcome.approvals(), outcome.voteShare(),
						outcome.selectedByEqualShares(),
						PublicSupportScore.of(outcome.approvals(), most, outcome.selectedByEqualShares())));
			}
		}
		if (!ballots.closed(province, event.ballotId(), event.title(), event.onlineBallots(), event.paperBallots(), rows,
				event.closedAt())) {
			log.warn("Ballot {} closed for {} but the action plan knows it in another province; ignored",
					event.ballotId(), province);
			return;
		}
		rows.forEach(row -> applyNewest(province, own.get(row.projectId())));
	}

	/** Sets the project's public-support score to that of its newest closed ballot, audited when it changes. */
	private void applyNewest(ProvinceCode province, CandidateProject project) {
		BigDecimal before = project.budget().scores().get(Criterion.PUBLIC_SUPPORT);
		BigDecimal after = ballots.publicSupport(province, project.id()).map(PublicSupport::score).orElse(null);
		if (after != null && (before == null || before.compareTo(after) != 0)) {
			projectStore.setScore(province, project.id(), Criterion.PUBLIC_SUPPORT, after);
			audit.record(new AuditChange("actionplan-scores", project.id(), "public-support", province, before, after));
		}
	}
}
