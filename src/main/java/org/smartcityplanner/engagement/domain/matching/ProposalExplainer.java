package org.smartcityplanner.engagement.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Explains a chosen team: the lead, what each member covers, and for everyone else the nearest reason they were
 * left out (at cap, away, their needs covered by someone with a lower load, or simply a higher load).
 */
public final class ProposalExplainer {

	private ProposalExplainer() {
	}

	/** The team lead: the senior member covering the most needs, lowest load on ties. */
	public static Optional<Candidate> lead(TeamRequest request, List<Candidate> members) {
		return members.stream().filter(Candidate::senior)
			.max(Comparator.comparingLong((Candidate c) -> covered(request, c).size())
				.thenComparing(Comparator.comparingLong(request::cost).reversed())
				.thenComparing(Comparator.comparingLong(Candidate::id).reversed()));
	}

	/** Explanations for every consultant of the pool: members first, lead first, then the others. */
	public static List<Explanation> explain(TeamRequest request, TeamChoice choice) {
		List<Candidate> members = request.pool().stream().filter(c -> choice.memberIds().contains(c.id())).toList();
		Long leadId = lead(request, members).map(Candidate::id).orElse(null);
		List<Explanation> result = new ArrayList<>();
		for (Candidate member : members) {
			List<Reason> reasons = new ArrayList<>();
			boolean lead = leadId != null && leadId == member.id();
			if (lead) {
				reasons.add(reason(Reason.Kind.LEADS, List.of(), null, member));
			}
			List<Need> covers = covered(request, member);
			reasons.add(covers.isEmpty() ? reason(Reason.Kind.FILLS_WITH_LOW_LOAD, List.of(), null, member)
					: reason(Reason.Kind.COVERS, covers, null, member));
			result.add(new Explanation(member.id(), true, lead, reasons));
		}
		result.sort(Comparator.comparing((Explanation e) -> !e.lead()));
		for (Candidate other : request.pool()) {
			if (!choice.memberIds().contains(other.id())) {
				result.add(new Explanation(other.id(), false, false, List.of(nearMiss(request, members, other))));
			}
		}
		return result;
	}

	private static Reason nearMiss(TeamRequest request, List<Candidate> members, Candidate other) {
		if (other.atCap()) {
			return reason(Reason.Kind.AT_CAP, List.of(), null, other);
		}
		if (request.awayTooLong(other)) {
			return reason(Reason.Kind.AWAY, List.of(), null, other);
		}
		List<Need> covers = covered(request, other);
		if (!covers.isEmpty()) {
			Optional<Candidate> coveredBy = members.stream()
				.filter(m -> m.covers().stream().anyMatch(covers::contains))
				.min(Comparator.comparingInt(Candidate::load));
			if (coveredBy.isPresent()) {
				Set<Need> theirs = coveredBy.get().covers();
				return reason(Reason.Kind.COVERED_BY_OTHER, covers.stream().filter(theirs::contains).toList(),
						coveredBy.get().id(), other);
			}
		}
		return reason(Reason.Kind.HIGHER_LOAD, List.of(), null, other);
	}

	private static List<Need> covered(TeamRequest request, Candidate candidate) {
		return candidate.covers().stream().filter(request.needs()::contains)
			.sorted(Comparator.comparing(Need::kind).thenComparing(Need::code)).toList();
	}

	private static Reason reason(Reason.Kind kind, List<Need> needs, Long otherId, Candidate candidate) {
		return new Reason(kind, needs, otherId, candidate.load(), candidate.cap(), candidate.unavailableDays());
	}
}
