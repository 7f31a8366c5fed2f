package org.smartcityplanner.participation;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * What other modules may ask of participation as a whole (the plan's readiness check, the reports).
 */
public interface ParticipationApi {

	/** The province's participation evidence, as the module's statistics count it. */
	ParticipationEvidence evidence(ProvinceCode province);
}
