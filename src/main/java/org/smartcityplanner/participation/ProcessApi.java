package org.smartcityplanner.participation;

import org.smartcityplanner.shared.ProvinceCode;

/** The province's participation process, as the tools and other modules read it. */
public interface ProcessApi {

	/** The process, with the phase running today (Bangkok time). */
	ParticipationProcess process(ProvinceCode province);

	/**
	 * Whether a tool takes public input today: without a process always, else only during a phase that opens it.
	 *
	 * @param toolKey the tool's {@link ParticipationTool#key()}
	 */
	boolean isOpen(ProvinceCode province, String toolKey);
}
