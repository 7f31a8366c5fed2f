package org.smartcityplanner.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.smartcityplanner.engagement.EngagementApi;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
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

	ProvinceOverviews(ReferenceApi reference, EngagementApi engagements, ProfileApi profile, IdentityApi identity) {
		this.reference = reference;
		this.engagements = engagements;
		this.profile = profile;
		this.identity = identity;
	}

	public Optional<ProvinceOverview> of(ProvinceCode code) {
		return reference.province(code)
			.map(province -> new ProvinceOverview(province, engagements.engagementsOf(code), profile.areasOf(code)));
	}

	/**
	 * The user's own provinces. For admins that would be all 77, so they get the provinces that have an
	 * engagement or target areas (the ones with work going on).
	 */
	public List<ProvinceOverview> forUser(CurrentUser user) {
		Set<ProvinceCode> codes = identity.accessibleProvinces(user);
		return codes.stream().sorted(Comparator.comparing(ProvinceCode::value)).map(this::of)
			.flatMap(Optional::stream)
			.filter(overview -> !user.isAdmin() || !overview.engagements().isEmpty() || !overview.areas().isEmpty())
			.toList();
	}
}
