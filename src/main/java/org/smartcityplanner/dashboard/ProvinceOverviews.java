package org.smartcityplanner.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smartcityplanner.dashboard.internal.FiguresStore;
import org.smartcityplanner.engagement.EngagementApi;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.ParticipationEvidence;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.PlanChecks;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;

/**
 * Assembles province overviews. Callers reach it only through province-scoped routes or with the user's own
 * provinces, so it does not check scope itself.
 */
@Service
public class ProvinceOverviews {

	private final ReferenceApi reference;
	private final EngagementApi engagements;
	private final ProfileApi profile;
	private final IdentityApi identity;
	private final FiguresStore figures;
	private final PlanApi plans;
	private final PlanChecks checks;
	private final ParticipationApi participation;

	ProvinceOverviews(ReferenceApi reference, EngagementApi engagements, ProfileApi profile, IdentityApi identity,
			FiguresStore figures, PlanApi plans, PlanChecks checks, ParticipationApi participation) {
		this.reference = reference;
		this.engagements = engagements;
		this.profile = profile;
		this.identity = identity;
		this.figures = figures;
		this.plans = plans;
		this.checks = checks;
		this.participation = participation;
	}

	/**
	 * One province's overview, with its participation figures and its plan's readiness score checked now (the score moves with every edit of
	 * the plan, so it is not kept in the read model; one check of one cached plan is cheap).
	 */
	public Optional<ProvinceOverview> of(ProvinceCode code) {
		Integer readiness = plans.plan(code).map(plan -> checks.readiness(plan.document()).score()).orElse(null);
		return of(code, figures.find(code).orElse(ProvinceFigures.NONE), readiness, participation.evidence(code));
	}

	private Optional<ProvinceOverview> of(ProvinceCode code, ProvinceFigures known, Integer readiness,
			ParticipationEvidence people) {
		return reference.province(code).map(province -> new ProvinceOverview(province, engagements.engagementsOf(code),
				profile.areasOf(code), known, readiness, people));
	}

	/**
	 * The user's own provinces. For admins that would be all 77, so they get the provinces that have an
	 * engagement, target areas, a master plan or trainees (the ones with work going on).
	 */
	public List<ProvinceOverview> forUser(CurrentUser user) {
		Set<ProvinceCode> codes = identity.accessibleProvinces(user);
		Map<ProvinceCode, ProvinceFigures> known = figures.all();
		return codes.stream().sorted(Comparator.comparing(ProvinceCode::value))
			.map(code -> of(code, known.getOrDefault(code, ProvinceFigures.NONE), null, null))
			.flatMap(Optional::stream)
			.filter(overview -> !user.isAdmin() || !overview.engagements().isEmpty() || !overview.areas().isEmpty()
					|| overview.figures().hasPlan() || overview.figures().trainees() > 0)
			.toList();
	}
}
