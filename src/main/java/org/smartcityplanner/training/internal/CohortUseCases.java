package org.smartcityplanner.training.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortApi;
import org.smartcityplanner.training.CohortDraft;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.Sector;
import org.smartcityplanner.training.SessionDraft;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.TrainingSession;

/**
 * What the training module's own pages, trainee links, reports and demo seed do with cohorts and their sessions,
 * beyond the {@link CohortApi} other modules read. Internal to the module (Spring Modulith does not expose
 * {@code internal}). Every method that takes a province only sees that province's cohorts, so an id of another
 * province is simply not found.
 */
public interface CohortUseCases extends CohortApi {

	Optional<Cohort> cohort(ProvinceCode province, long cohortId);

	/** A cohort by its self-registration key (any province). */
	Optional<Cohort> cohortByRegistrationKey(String registrationKey);

	/** The cohort of a trainee, for the trainee's own pages (which carry no province in their path). */
	Cohort cohortOf(Trainee trainee);

	/** Problems of a draft, empty when it may be saved. */
	List<FieldProblem> check(CohortDraft draft);

	/**
	 * Creates a cohort on the current curriculum with a new self-registration key, registration open.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the draft has problems
	 */
	Cohort create(ProvinceCode province, CohortDraft draft);

	/** Opens or closes self-registration. */
	void setRegistrationOpen(ProvinceCode province, long cohortId, boolean open);

	/** The cohort's sessions by start time. */
	List<TrainingSession> sessionsOf(ProvinceCode province, long cohortId);

	/** One session of the province. */
	Optional<TrainingSession> session(ProvinceCode province, long sessionId);

	/** Problems of a session draft (trainers must be consultants), empty when it may be saved. */
	List<FieldProblem> check(SessionDraft draft);

	/**
	 * Adds a session.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the draft has problems
	 */
	TrainingSession addSession(ProvinceCode province, long cohortId, SessionDraft draft);

	/** The cohort's trainees by name (anonymised ones last). */
	List<Trainee> traineesOf(ProvinceCode province, long cohortId);

	/** How many trainees of each sector, every sector listed. */
	Map<Sector, Integer> sectorMix(ProvinceCode province, long cohortId);
}
