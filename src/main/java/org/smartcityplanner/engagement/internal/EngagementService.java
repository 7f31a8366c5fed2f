package org.smartcityplanner.engagement.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.engagement.EngagementApi;
import org.smartcityplanner.engagement.EngagementView;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.identity.spi.ProvinceAccessContributor;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements, and the province access they give their consultants.
 */
@Service
class EngagementService implements EngagementUseCases, ProvinceAccessContributor {

	private final EngagementRepository engagements;
	private final IdentityApi identity;
	private final AuditLog audit;
	private final OverlapGuard lifecycle = new OverlapGuard();

	EngagementService(EngagementRepository engagements, IdentityApi identity, AuditLog audit) {
		this.engagements = engagements;
		this.identity = identity;
		this.audit = audit;
	}

	@Override
	public List<EngagementView> allEngagements() {
		return engagements.findAllByOrderByStartDateDesc().stream().map(this::view).toList();
	}

	@Override
	public List<EngagementView> engagementsOf(ProvinceCode province) {
		return engagements.findByProvinceCodeOrderByStartDateDesc(province.value()).stream().map(this::view).toList();
	}

	@Override
	@Transactional
	public EngagementView start(ProvinceCode province, String name, LocalDate startDate, long leadConsultant,
			Set<Long> consultants) {
		if (!consultants.contains(leadConsultant)) {
			throw new IllegalArgumentException("The lead consultant must be on the team");
		}
		if (consultants.size() > MAX_TEAM) {
			throw new IllegalArgumentException("A team has at most " + MAX_TEAM + " consultants");
		}
		// checked here, not only on the admin page, so no caller can put a non-consultant account on a team
		Set<Long> pool = identity.usersWithRole(Role.CONSULTANT).stream().map(UserSummary::id)
			.collect(Collectors.toSet());
		if (!pool.containsAll(consultants)) {
			throw new InvalidInputException("validation.team.notConsultant");
		}
		Engagement engagement = new Engagement(province.value(), name, startDate,
				startDate.plusDays(STANDARD_DAYS - 1L));
		lifecycle.requireNoOverlap(engagements, null, province, engagement.period());
		consultants.forEach(id -> engagement.addConsultant(id, id == leadConsultant));
		EngagementView saved = view(engagements.save(engagement));
		audit.record(new AuditChange("engagement", String.valueOf(saved.id()), "created", province, null, saved));
		return saved;
	}

	@Override
	public Set<ProvinceCode> provincesFor(long userId) {
		return engagements.provincesOfConsultant(userId).stream().map(ProvinceCode::new).collect(Collectors.toSet());
	}

	public EngagementView view(Engagement engagement) {
		List<EngagementView.TeamMember> team = engagement.team.stream()
			.map(member -> new EngagementView.TeamMember(member.userId(),
					identity.user(member.userId()).map(UserSummary::displayName).orElse("?"), member.teamLead()))
			.sorted(Comparator.comparing((EngagementView.TeamMember m) -> !m.lead())
				.thenComparing(EngagementView.TeamMember::displayName))
			.toList();
		return new EngagementView(engagement.id, new ProvinceCode(engagement.provinceCode), engagement.name,
				engagement.startDate, engagement.endDate, team, engagement.lifecycleStatus(), engagement.closedOn);
	}
}
