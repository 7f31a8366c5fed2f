package org.smartcityplanner.engagement.domain.matching;

/** A consultant's rank; only senior consultants may lead a team. Labels: {@code pool.rank.<NAME>}. */
public enum ConsultantRank {
	SENIOR_CONSULTANT, CONSULTANT
}
