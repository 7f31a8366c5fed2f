package org.smartcityplanner.participation.internal.process;

import java.util.List;

import org.smartcityplanner.participation.ParticipationProcess;
import org.smartcityplanner.participation.ParticipationTool;
import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.shared.ProvinceCode;

/** What the process page and its API do. */
public interface ProcessUseCases {

	ParticipationProcess process(ProvinceCode province);

	/**
	 * Saves the four phases.
	 *
	 * @param seenVersion the version the editor started from (0 when there was no process)
	 * @throws org.smartcityplanner.participation.internal.InputProblemsException when a rule is broken
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone saved meanwhile
	 */
	void save(ProvinceCode province, int seenVersion, List<Phase> phases);

	/** Every participation tool there is, by key. */
	List<ParticipationTool> tools();
}
