package org.smartcityplanner.plan.model.alignment;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every code a plan can align with, from reference data and the province's own development plan, each list in
 * display order.
 *
 * @param nationalStrategies National Strategy codes, e.g. {@code NS2}
 * @param masterPlans national master plan codes, e.g. {@code MP06}
 * @param milestones 13th-plan milestone codes, e.g. {@code M08}
 * @param sdgs SDG codes, e.g. {@code SDG11}
 * @param provincialStrategies strategy codes of the province's development plan
 * @param dimensions smart dimension codes, e.g. {@code ENV}
 * @param thailand40 Thailand 4.0 codes, e.g. {@code T40-NS4}
 */
public record NationalCatalogue(List<String> nationalStrategies, List<String> masterPlans, List<String> milestones,
		List<String> sdgs, List<String> provincialStrategies, Set<String> dimensions, List<String> thailand40) {

	/** A catalogue without Thailand 4.0. */
	public NationalCatalogue(List<String> nationalStrategies, List<String> masterPlans, List<String> milestones,
			List<String> sdgs, List<String> provincialStrategies, Set<String> dimensions) {
		this(nationalStrategies, masterPlans, milestones, sdgs, provincialStrategies, dimensions, List.of());
	}

	public NationalCatalogue {
		thailand40 = List.copyOf(thailand40);
		nationalStrategies = List.copyOf(nationalStrategies);
		masterPlans = List.copyOf(masterPlans);
		milestones = List.copyOf(milestones);
		sdgs = List.copyOf(sdgs);
		provincialStrategies = List.copyOf(provincialStrategies);
		dimensions = Collections.unmodifiableSet(new LinkedHashSet<>(dimensions));
	}

	/** The codes of one list, in order, without duplicates. */
	public List<String> codes(CatalogueList list) {
		List<String> codes = switch (list) {
			case NATIONAL_STRATEGY -> nationalStrategies;
			case MASTER_PLAN -> masterPlans;
			case MILESTONE -> milestones;
			case SDG -> sdgs;
			case THAILAND_40 -> thailand40;
			case PROVINCIAL_STRATEGY -> provincialStrategies;
			case DIMENSION -> List.copyOf(dimensions);
		};
		return List.copyOf(new LinkedHashSet<>(codes));
	}
}
