package org.smartcityplanner.participation;

import java.util.List;
import java.util.Set;

/**
 * What a province has on record of the people who took part in its plan: the evidence the committee's fifth
 * criterion asks for. Counted by the module's one statistics service, so the readiness check, the pages and
 * the book agree.
 *
 * @param groupMembers the working group's current members; 0 when no group has been appointed
 * @param sectorsCovered the sectors with at least one current member
 * @param meetingsWithMinutes meetings held whose minutes were recorded
 * @param publicHearingsHeld public hearings (ประชาคม) held
 * @param surveyResponses answers to the province's surveys, online and on paper alike
 */
public record ParticipationEvidence(int groupMembers, Set<Sector> sectorsCovered, int meetingsWithMinutes,
		int publicHearingsHeld, int surveyResponses) {

	public ParticipationEvidence {
		sectorsCovered = Set.copyOf(sectorsCovered);
	}

	/** The sectors without a current member, in the sectors' order. */
	public List<Sector> missingSectors() {
		return java.util.Arrays.stream(Sector.values()).filter(sector -> !sectorsCovered.contains(sector)).toList();
	}

	/** Survey answers plus public hearings: what the public said, by any channel. */
	public int publicInputs() {
		return surveyResponses + publicHearingsHeld;
	}
}
