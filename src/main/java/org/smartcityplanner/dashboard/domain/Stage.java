package org.smartcityplanner.dashboard.domain;

/**
 * How far a province or a target area has come in the smart-city programme, in order: each stage is further along
 * than the ones before it.
 */
public enum Stage {

	/** No open engagement, no plan, no certification. */
	NO_ENGAGEMENT,
	/** A consultant team works with the province (an engagement whose work period has not ended). */
	ENGAGED,
	/** A master plan exists (draft or in review). */
	DRAFT_PLAN,
	/** The master plan was submitted to the committee (or approved). */
	SUBMITTED,
	/** The area holds the Smart City Thailand mark (the certification register). */
	CERTIFIED,
	/** The area's mark was renewed. */
	RENEWED;

	/** Whether the area (or a province through one of its areas) holds the mark, first awarded or renewed. */
	public boolean certified() {
		return this == CERTIFIED || this == RENEWED;
	}

	/** The stage further along of the two. */
	public Stage max(Stage other) {
		return other != null && other.ordinal() > ordinal() ? other : this;
	}
}
