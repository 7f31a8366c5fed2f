package org.smartcityplanner.plan.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanHeader;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.StatusChange;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The second pair of eyes: a submitted plan is approved only by someone with an approver role (the province's
 * coordinator and the institute's admins by default, {@code scp.plan.approver-roles}) who is not the person who
 * submitted it. The approval is recorded against a version saved at that moment, so the approved content can be
 * shown and printed exactly as it was approved.
 */
@Component
class PlanApproval {

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final Set<Role> approverRoles;
	private final PlanChanges changes;
	private final PlanHeaderStore headers;
	private final MessageSource messages;

	PlanApproval(@Value("${scp.plan.approver-roles:COORDINATOR,ADMIN}") List<Role> approverRoles, PlanChanges changes,
			PlanHeaderStore headers, MessageSource messages) {
		this.approverRoles = approverRoles.isEmpty() ? EnumSet.of(Role.ADMIN) : EnumSet.copyOf(approverRoles);
		this.changes = changes;
		this.headers = headers;
		this.messages = messages;
	}

	/** The steps the signed-in user may take from the plan's status now, in the flow's order. */
	Set<PlanStatus> stepsFor(PlanHeader header) {
		Set<PlanStatus> steps = EnumSet.noneOf(PlanStatus.class);
		if (header.status() == PlanStatus.APPROVED) {
			// the one way out of "approved" is the reopen, offered on its own
			return steps;
		}
		steps.addAll(header.status().next());
		if (steps.contains(PlanStatus.APPROVED) && refusal(header).isPresent()) {
			steps.remove(PlanStatus.APPROVED);
		}
		return steps;
	}

	/**
	 * Checks that the signed-in user may approve the plan now.
	 *
	 * @throws AccessDeniedException when they lack an approver role
	 * @throws InvalidInputException {@code plan.rule.secondPerson} when they submitted it themselves
	 */
	void requireApprover(PlanHeader header) {
		Optional<Refusal> refused = refusal(header);
		if (refused.isPresent() && refused.get().missingRole()) {
			throw new AccessDeniedException("Only an approver may approve the plan");
		}
		if (refused.isPresent()) {
			throw new InvalidInputException("plan.rule.secondPerson", refused.get().submitter());
		}
	}

	/**
	 * The name of the version saved with an approval: the name a reopen gives the approved plan, in the approver's
	 * language (Thai, the documents' language, outside a request).
	 */
	String versionName(PlanHeader header) {
		Locale language = LocaleContextHolder.getLocaleContext() == null ? THAI : LocaleContextHolder.getLocale();
		return messages.getMessage("plan.reopen.snapshotName",
				new Object[] { String.valueOf(header.revisionNumber()) }, language);
	}

	/** Why the signed-in user may not approve the plan now; empty when they may. */
	private Optional<Refusal> refusal(PlanHeader header) {
		Optional<CurrentUser> user = changes.user();
		if (user.isEmpty() || user.get().roles().stream().noneMatch(approverRoles::contains)) {
			return Optional.of(new Refusal(true, null));
		}
		return submitter(header).filter(name -> name.equals(user.get().username()))
			.map(name -> new Refusal(false, name));
	}

	/** Who sent the plan to the committee last. */
	private Optional<String> submitter(PlanHeader header) {
		return headers.statusHistory(header.planId()).stream().filter(step -> step.to() == PlanStatus.SUBMITTED)
			.findFirst().map(StatusChange::changedBy);
	}

	/** Why a user may not approve: no approver role, or they are the one who submitted (by name). */
	private record Refusal(boolean missingRole, String submitter) {
	}
}
