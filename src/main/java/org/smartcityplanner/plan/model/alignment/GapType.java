package org.smartcityplanner.plan.model.alignment;

/**
 * What an alignment gap is about, in the order gaps are listed.
 */
public enum GapType {

	/** A smart dimension has no goal; the subject is the dimension code. */
	DIMENSION_WITHOUT_GOAL(Level.GAP),

	/** A strategy's own alignment is empty; the subject is its item id. */
	STRATEGY_ALIGNED_TO_NOTHING(Level.GAP),

	/**
	 * A project's own alignment is empty; the subject is its item id. Only a warning: a project usually inherits
	 * its strategy's alignment in practice.
	 */
	PROJECT_ALIGNED_TO_NOTHING(Level.WARNING),

	/** A national strategy, master plan, milestone or SDG that no item aligns with; the subject is its code. */
	NATIONAL_ITEM_UNTOUCHED(Level.GAP),

	/** A strategy of the province's development plan that no item aligns with; the subject is its code. */
	PROVINCIAL_STRATEGY_UNTOUCHED(Level.GAP);

	/** How much a gap matters. */
	public enum Level {
		GAP, WARNING
	}

	private final Level level;

	GapType(Level level) {
		this.level = level;
	}

	/** Whether a gap of this type is a real gap or only a warning. */
	public Level level() {
		return level;
	}
}
