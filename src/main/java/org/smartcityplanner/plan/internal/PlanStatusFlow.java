package org.smartcityplanner.plan.internal;

import java.util.Set;

import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanHeader;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.PlanStatusChanged;
import org.smartcityplanner.plan.PlanVersionSaved;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The approval flow: status steps, and reopening an approved plan as a new draft. Reopening is for the province's
 * coordinator and the institute's admins only: the approved plan is the province's official document, so a
 * consultant (an adviser) or a working-group member cannot unlock it. The approved content stays reproducible:
 * saved versions are never touched, and when the plan differs from its newest saved version it is saved first.
 */
@Component
class PlanStatusFlow {

	private final PlanHeaderStore headers;
	private final PlanDocumentLoader loader;
	private final PlanVersionStore versions;
	private final PlanChanges changes;
	private final PlanApproval approval;

	PlanStatusFlow(PlanHeaderStore headers, PlanDocumentLoader loader, PlanVersionStore versions,
			PlanChanges changes, PlanApproval approval) {
		this.headers = headers;
		this.loader = loader;
		this.versions = versions;
		this.changes = changes;
		this.approval = approval;
	}

	void changeStatus(ProvinceCode province, int version, PlanStatus target) {
		PlanHeader before = header(province);
		if (before.status() == PlanStatus.APPROVED && target == PlanStatus.DRAFT) {
			// the one way out of "approved" is the audited, role-checked reopen that starts a new revision
			throw new InvalidInputException("plan.rule.reopenOnly");
		}
		if (!before.status().canMoveTo(target)) {
			throw new InvalidInputException("plan.rule.statusFlow", before.status(), target);
		}
		Long approvedVersion = null;
		if (target == PlanStatus.APPROVED) {
			approval.requireApprover(before);
			if (before.version() != version) {
				throw new OptimisticLockingFailureException("Plan changed since it was read");
			}
			approvedVersion = saveVersion(loader.load(before), approval.versionName(before)).id();
		}
		String actor = changes.actor();
		headers.updateStatus(before.planId(), version, before.status(), target, actor, approvedVersion);
		changes.audit(province, "plan", String.valueOf(before.planId()), "status-" + target.name().toLowerCase(),
				before.status(), approvedVersion == null ? target : new Approval(target, approvedVersion));
		changes.publish(new PlanStatusChanged(province, before.planId(), before.status(), target, actor));
	}

	void reopen(ProvinceCode province, int version, String snapshotName) {
		if (!changes.user().map(PlanStatusFlow::mayReopen).orElse(false)) {
			throw new AccessDeniedException("Only a coordinator or an admin may reopen an approved plan");
		}
		LoadedPlan plan = headers.ofProvince(province).map(loader::load)
			.orElseThrow(() -> new InvalidInputException("plan.rule.noPlan"));
		PlanHeader before = plan.header();
		if (before.status() != PlanStatus.APPROVED) {
			throw new InvalidInputException("plan.rule.statusFlow", before.status(), PlanStatus.DRAFT);
		}
		if (before.version() != version) {
			throw new OptimisticLockingFailureException("Plan changed since it was read");
		}
		if (!versions.latestDocument(before.planId()).map(plan.document()::equals).orElse(false)) {
			saveVersion(plan, snapshotName);
		}
		String actor = changes.actor();
		headers.reopen(before.planId(), version, actor);
		changes.audit(province, "plan", String.valueOf(before.planId()), "reopened",
				new Revision(PlanStatus.APPROVED, before.revisionNumber()),
				new Revision(PlanStatus.DRAFT, before.revisionNumber() + 1));
		changes.publish(new PlanStatusChanged(province, before.planId(), PlanStatus.APPROVED, PlanStatus.DRAFT,
				actor));
	}

	PlanVersionSummary saveVersion(LoadedPlan plan, String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new InvalidInputException("plan.rule.versionName");
		}
		ProvinceCode province = plan.header().province();
		PlanVersionSummary saved = versions.save(plan.header().planId(), name.trim(), plan.document(),
				changes.actor(), plan.header().status());
		changes.audit(province, "plan-version", String.valueOf(saved.id()), "created", null, saved);
		changes.publish(new PlanVersionSaved(province, plan.header().planId(), saved.id(), saved.name()));
		return saved;
	}

	/** The status steps the signed-in user may take now (approval only by a second person with the role). */
	Set<PlanStatus> stepsFor(ProvinceCode province) {
		return headers.ofProvince(province).map(approval::stepsFor).orElse(Set.of());
	}

	/** Whether the signed-in user may reopen the province's plan now: it is approved and they have the role. */
	boolean canReopen(ProvinceCode province) {
		return changes.user().map(PlanStatusFlow::mayReopen).orElse(false)
				&& headers.ofProvince(province).map(header -> header.status() == PlanStatus.APPROVED).orElse(false);
	}

	/** Whether {@code user} may reopen an approved plan (the module's rule, see the class comment). */
	static boolean mayReopen(CurrentUser user) {
		return user.has(Role.COORDINATOR) || user.isAdmin();
	}

	private PlanHeader header(ProvinceCode province) {
		return headers.ofProvince(province).orElseThrow(() -> new InvalidInputException("plan.rule.noPlan"));
	}

	/** The approval as audited: the status and the version saved with it. */
	record Approval(PlanStatus status, long versionId) {
	}

	/** The status and revision as audited around a reopen. */
	record Revision(PlanStatus status, int revisionNumber) {
	}
}
