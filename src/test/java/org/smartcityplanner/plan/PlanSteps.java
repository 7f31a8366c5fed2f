package org.smartcityplanner.plan;

import java.util.List;

import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.SignedIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Takes a test plan along its approval flow the way the rules demand: whoever is signed in now (or the system)
 * moves it to review and submits it; a second person, a coordinator named {@code <approver>}, approves it. The
 * caller's own sign-in is restored afterwards.
 */
public record PlanSteps(PlanUseCases plans, IdentityUseCases identity, JdbcClient jdbc, UserDetailsService users) {

	/** Moves the province's plan step by step until it reaches {@code target} (at most "approved"). */
	public void takeTo(ProvinceCode province, PlanStatus target, String approver) {
		for (PlanStatus step : List.of(PlanStatus.IN_REVIEW, PlanStatus.SUBMITTED, PlanStatus.APPROVED)) {
			PlanStatus now = plans.plan(province).orElseThrow().header().status();
			if (now == target) {
				return;
			}
			if (step == PlanStatus.APPROVED) {
				approveAs(province, approver);
			}
			else {
				plans.changeStatus(province, plans.plan(province).orElseThrow().header().version(), step);
			}
		}
	}

	/** Approves the submitted plan as the coordinator {@code approver}, then restores the caller's sign-in. */
	public void approveAs(ProvinceCode province, String approver) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		SignedIn.as(identity, jdbc, users, approver, Role.COORDINATOR, province);
		try {
			plans.changeStatus(province, plans.plan(province).orElseThrow().header().version(), PlanStatus.APPROVED);
		}
		finally {
			SignedIn.signOut();
			if (caller != null) {
				SecurityContextHolder.getContext().setAuthentication(caller);
			}
		}
	}
}
