package org.smartcityplanner.engagement.internal.pool;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.engagement.domain.matching.Candidate;
import org.smartcityplanner.engagement.domain.matching.Explanation;
import org.smartcityplanner.engagement.domain.matching.GreedyTeamMatcher;
import org.smartcityplanner.engagement.domain.matching.Need;
import org.smartcityplanner.engagement.domain.matching.ProposalExplainer;
import org.smartcityplanner.engagement.domain.matching.TeamCheck;
import org.smartcityplanner.engagement.domain.matching.TeamChoice;
import org.smartcityplanner.engagement.domain.matching.TeamMatcher;
import org.smartcityplanner.engagement.domain.matching.TeamRequest;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes a team for an engagement from the pool (CP-SAT, greedy when the solver fails) and saves the team the
 * admin keeps, refusing one that breaks the team rules.
 */
@Service
public class TeamProposals {

	/** Solver time limit for one proposal; the pool is about 20, so CP-SAT proves optimality in milliseconds. */
	static final Duration TIME_LIMIT = Duration.ofSeconds(5);

	private final ConsultantPool pool;
	private final EngagementTeams teams;
	private final ReferenceApi reference;
	private final AuditLog audit;
	private final TeamMatcher matcher = new FallbackTeamMatcher(new CpSatTeamMatcher(TIME_LIMIT),
			new GreedyTeamMatcher());

	TeamProposals(ConsultantPool pool, EngagementTeams teams, ReferenceApi reference, AuditLog audit) {
		this.pool = pool;
		this.teams = teams;
		this.reference = reference;
		this.audit = audit;
	}

	/** The engagement, if it exists. */
	public Optional<StaffedEngagement> engagement(long engagementId) {
		return teams.engagement(engagementId);
	}

	/** The pool with loads in the engagement's period, this engagement not counted. */
	public List<ConsultantView> poolFor(StaffedEngagement engagement) {
		return pool.consultants(engagement.startDate(), engagement.endDate(), engagement.id());
	}

	/** Proposes a team of {@code size} covering {@code needs} for the engagement's period. */
	public Proposal propose(StaffedEngagement engagement, Set<Need> needs, int size) {
		if (size < TeamRequest.MIN_SIZE || size > TeamRequest.MAX_SIZE) {
			throw new InvalidInputException("pool.error.size", TeamRequest.MIN_SIZE, TeamRequest.MAX_SIZE);
		}
		List<ConsultantView> consultants = poolFor(engagement);
		TeamRequest request = request(engagement, consultants, needs, size);
		TeamChoice choice = matcher.choose(request);
		return new Proposal(choice, ProposalExplainer.explain(request, choice), consultants, needs, size);
	}

	/**
	 * Saves the team. Refused (nothing changes) when it has fewer than 4 or more than 6, the lead is not a senior
	 * consultant on it, or it would put someone over their cap; the exception carries every problem.
	 */
	@Transactional
	public void saveTeam(StaffedEngagement engagement, int expectedVersion, Long leadId, List<Long> memberIds) {
		Map<Long, ConsultantView> byId = poolFor(engagement).stream()
			.collect(Collectors.toMap(ConsultantView::userId, Function.identity()));
		Set<Long> distinct = new LinkedHashSet<>(memberIds);
		if (!byId.keySet().containsAll(distinct)) {
			throw new InvalidInputException("validation.team.notConsultant");
		}
		List<Candidate> members = distinct.stream().map(id -> candidate(byId.get(id), Set.of(), false)).toList();
		List<TeamCheck.Problem> problems = TeamCheck.problems(members, leadId);
		if (!problems.isEmpty()) {
			throw new TeamRefusedException(problems);
		}
		teams.replaceTeam(engagement.id(), expectedVersion, leadId, List.copyOf(distinct));
		audit.record(new AuditChange("engagement-team", String.valueOf(engagement.id()), "updated",
				new ProvinceCode(engagement.provinceCode()), engagement.members(),
				teams.engagement(engagement.id()).map(StaffedEngagement::members).orElse(List.of())));
	}

	private TeamRequest request(StaffedEngagement engagement, List<ConsultantView> consultants, Set<Need> needs,
			int size) {
		String region = reference.province(new ProvinceCode(engagement.provinceCode()))
			.map(p -> p.regionCode()).orElse(null);
		int days = (int) ChronoUnit.DAYS.between(engagement.startDate(), engagement.endDate()) + 1;
		List<Candidate> candidates = new ArrayList<>();
		for (ConsultantView consultant : consultants) {
			candidates.add(candidate(consultant, needs, region != null && region.equals(consultant.homeRegion())));
		}
		return new TeamRequest(candidates, needs, size, days);
	}

	private static Candidate candidate(ConsultantView consultant, Set<Need> needs, boolean sameRegion) {
		Set<Need> covers = Stream.concat(consultant.dimensions().stream().map(Need::dimension),
				consultant.tags().stream().map(Need::expertise)).collect(Collectors.toSet());
		return new Candidate(consultant.userId(), consultant.rank(), covers, consultant.load(), consultant.cap(),
				consultant.unavailableDays(), sameRegion);
	}

	/**
	 * A proposal with everything the page shows.
	 *
	 * @param choice the matcher's answer
	 * @param explanations members (lead first) then near misses
	 * @param pool the pool with loads in the period
	 * @param needs what was asked
	 * @param size the team size asked
	 */
	public record Proposal(TeamChoice choice, List<Explanation> explanations,
			List<ConsultantView> pool, Set<Need> needs, int size) {
	}
}
