package org.smartcityplanner.participation;

import java.util.Collection;
import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;

/**
 * What other modules may ask of participation as a whole (the plan's readiness check and its links to what the
 * people said, the reports).
 */
public interface ParticipationApi {

	/** The province's participation evidence, as the module's statistics count it. */
	ParticipationEvidence evidence(ProvinceCode province);

	/** Every resolution and finding of the province that a plan item can be linked to, newest first. */
	List<ParticipationInput> inputs(ProvinceCode province);

	/**
	 * The inputs behind these references, in the references' order; a reference that is not an input of this
	 * province (another province's, or since deleted) is left out, so a caller can tell a foreign id from its own.
	 */
	List<ParticipationInput> describe(ProvinceCode province, Collection<ResourceRef> refs);

	/**
	 * The province's ideas by status, channel, smart dimension and target area, with their supports and the
	 * authors' ratings of the answers: the one count the portal, the staff pages, the API and the book show.
	 */
	IdeaCounts ideaCounts(ProvinceCode province);
}
