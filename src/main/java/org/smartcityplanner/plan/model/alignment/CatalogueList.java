package org.smartcityplanner.plan.model.alignment;

import java.util.Set;

import org.smartcityplanner.plan.model.Alignment;

/**
 * The lists of a {@link NationalCatalogue}, in the order the alignment matrix shows them.
 */
public enum CatalogueList {

	NATIONAL_STRATEGY(true), MASTER_PLAN(true), MILESTONE(true), SDG(true),
	/** Thailand 4.0: the economy model and its target industries, national policy next to the National Strategy. */
	THAILAND_40(true), PROVINCIAL_STRATEGY(false),
	/** Goals belong to a dimension rather than align with it, so a dimension's row lists its goals only. */
	DIMENSION(false);

	private final boolean national;

	CatalogueList(boolean national) {
		this.national = national;
	}

	/** Whether it is national policy: the National Strategy, master plans, milestones, SDGs or Thailand 4.0. */
	public boolean isNational() {
		return national;
	}

	/** The codes of this list an alignment names; none for {@link #DIMENSION}. */
	Set<String> codesIn(Alignment alignment) {
		return switch (this) {
			case NATIONAL_STRATEGY -> alignment.nationalStrategies();
			case MASTER_PLAN -> alignment.masterPlans();
			case MILESTONE -> alignment.milestones();
			case SDG -> alignment.sdgs();
			case THAILAND_40 -> alignment.thailand40();
			case PROVINCIAL_STRATEGY -> alignment.provincialStrategies();
			case DIMENSION -> Set.of();
		};
	}
}
