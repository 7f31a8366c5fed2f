package org.smartcityplanner.plan.model;

import java.util.Set;

/**
 * What a goal, strategy or project is aligned with, as reference codes.
 *
 * @param nationalStrategies e.g. {@code NS2}
 * @param masterPlans e.g. {@code MP06}
 * @param milestones 13th-plan milestones, e.g. {@code M08}
 * @param sdgs e.g. {@code SDG11}
 * @param provincialStrategies codes of the province's own development-plan strategies
 * @param thailand40 Thailand 4.0 codes: the economy model and its target industries, e.g. {@code T40-NS4}
 */
public record Alignment(Set<String> nationalStrategies, Set<String> masterPlans, Set<String> milestones,
		Set<String> sdgs, Set<String> provincialStrategies, Set<String> thailand40) {

	public static final Alignment NONE = new Alignment(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

	/** An alignment without Thailand 4.0 codes. */
	public Alignment(Set<String> nationalStrategies, Set<String> masterPlans, Set<String> milestones,
			Set<String> sdgs, Set<String> provincialStrategies) {
		this(nationalStrategies, masterPlans, milestones, sdgs, provincialStrategies, Set.of());
	}

	public Alignment {
		thailand40 = copy(thailand40);
		nationalStrategies = copy(nationalStrategies);
		masterPlans = copy(masterPlans);
		milestones = copy(milestones);
		sdgs = copy(sdgs);
		provincialStrategies = copy(provincialStrategies);
	}

	/** Sorted, so pages, exports and diffs list codes in the same order every time. */
	private static Set<String> copy(Set<String> codes) {
		return codes == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(codes));
	}

	public boolean isEmpty() {
		return nationalStrategies.isEmpty() && masterPlans.isEmpty() && milestones.isEmpty() && sdgs.isEmpty()
				&& provincialStrategies.isEmpty() && thailand40.isEmpty();
	}

	/** Whether it names anything national (strategy, master plan, milestone, SDG or Thailand 4.0). */
	public boolean touchesNationalPolicy() {
		return !(nationalStrategies.isEmpty() && masterPlans.isEmpty() && milestones.isEmpty() && sdgs.isEmpty()
				&& thailand40.isEmpty());
	}
}
