package org.smartcityplanner.engagement.domain.matching;

import java.util.List;

/**
 * Why a consultant was or was not chosen; pages render it from {@code pool.reason.<KIND>} with these values.
 *
 * @param kind what kind of reason
 * @param needs the needs it is about (covered, or covered by someone else), may be empty
 * @param otherId for {@link Kind#COVERED_BY_OTHER}: who covered those needs instead; otherwise {@code null}
 * @param load the consultant's load in the period (engagements running at the same time)
 * @param cap the consultant's cap
 * @param days days away in the period ({@link Kind#AWAY})
 */
public record Reason(Kind kind, List<Need> needs, Long otherId, int load, int cap, int days) {

	public Reason {
		needs = List.copyOf(needs);
	}

	/** The kinds of reasons. */
	public enum Kind {
		/** Chosen: leads the team as its senior consultant. */
		LEADS,
		/** Chosen: covers these needs. */
		COVERS,
		/** Chosen: completes the team with a low load. */
		FILLS_WITH_LOW_LOAD,
		/** Not chosen: already at their cap. */
		AT_CAP,
		/** Not chosen: away for a significant part of the period. */
		AWAY,
		/** Not chosen: their needs were covered by another consultant with a lower load. */
		COVERED_BY_OTHER,
		/** Not chosen: covers none of the needs and others had a lower load. */
		HIGHER_LOAD
	}
}
