package org.smartcityplanner.engagement.domain.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules a proposed team must meet, checked independently of any matcher (tests and the fallback use it).
 */
public final class TeamRules {

	private TeamRules() {
	}

	/** What is wrong with {@code memberIds} as an answer to {@code request}; empty when it is a valid team. */
	public static List<String> violations(TeamRequest request, Collection<Long> memberIds) {
		Map<Long, Candidate> byId = request.pool().stream()
			.collect(Collectors.toMap(Candidate::id, Function.identity()));
		List<String> problems = new ArrayList<>();
		Set<Long> distinct = new HashSet<>(memberIds);
		if (distinct.size() != memberIds.size()) {
			problems.add("duplicate member");
		}
		if (distinct.size() != request.size()) {
			problems.add("size " + distinct.size() + " instead of " + request.size());
		}
		List<Candidate> members = new ArrayList<>();
		for (Long id : distinct) {
			Candidate candidate = byId.get(id);
			if (candidate == null) {
				problems.add("not in the pool: " + id);
			}
			else if (!request.eligible(candidate)) {
				problems.add("not eligible: " + id);
			}
			else {
				members.add(candidate);
			}
		}
		if (members.stream().noneMatch(Candidate::senior)) {
			problems.add("no senior consultant");
		}
		Set<Need> covered = members.stream().flatMap(c -> c.covers().stream()).collect(Collectors.toSet());
		request.needs().stream().filter(need -> !covered.contains(need)).forEach(need -> problems.add("uncovered " + need));
		return problems;
	}

	/** The summed cost of a team. */
	public static long cost(TeamRequest request, Collection<Long> memberIds) {
		return request.pool().stream().filter(c -> memberIds.contains(c.id())).mapToLong(request::cost).sum();
	}
}
