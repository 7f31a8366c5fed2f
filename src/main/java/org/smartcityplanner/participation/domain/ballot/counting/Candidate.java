package org.smartcityplanner.participation.domain.ballot.counting;

import java.util.Objects;

/**
 * A project that can be chosen.
 *
 * @param id its id, unique in the election
 * @param cost what it costs, in the same whole unit as the election's budget (baht or satang), zero or more
 */
public record Candidate(String id, long cost) {

	public Candidate {
		Objects.requireNonNull(id, "id");
		if (id.isBlank()) {
			throw new IllegalArgumentException("candidate id is blank");
		}
		if (cost < 0) {
			throw new IllegalArgumentException("candidate " + id + " has a negative cost");
		}
	}
}
