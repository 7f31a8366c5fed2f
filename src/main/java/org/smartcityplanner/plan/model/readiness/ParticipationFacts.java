package org.smartcityplanner.plan.model.readiness;

import java.util.List;

/**
 * What the readiness check knows of the people who took part in the plan, as the participation module
 * reports it.
 *
 * @param groupMembers the working group's current members; 0 when no group has been appointed
 * @param missingSectors the codes of the sectors (of six) with no current member, in the sectors' order
 * @param meetingsWithMinutes meetings held whose minutes were recorded
 * @param publicInputs answers to the province's surveys (online and paper) plus public hearings held
 */
public record ParticipationFacts(int groupMembers, List<String> missingSectors, int meetingsWithMinutes,
		int publicInputs) {

	/** Nothing on record: no group, no meeting, no public input. */
	public static final ParticipationFacts NONE = new ParticipationFacts(0, List.of(), 0, 0);

	public ParticipationFacts {
		missingSectors = List.copyOf(missingSectors);
		if (groupMembers < 0 || meetingsWithMinutes < 0 || publicInputs < 0) {
			throw new IllegalArgumentException("Counts cannot be negative");
		}
	}
}
