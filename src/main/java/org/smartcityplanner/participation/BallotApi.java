package org.smartcityplanner.participation;

import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;

/**
 * Participatory budgeting as other modules see it: the action plan puts its candidate projects to a ballot and
 * listens for {@link BallotClosed}. Input that breaks a rule throws an
 * {@link org.smartcityplanner.shared.InvalidInputException} naming the field; nothing is stored then.
 */
public interface BallotApi {

	/** The key of the ballots tool in the process's phases. */
	String TOOL = "ballots";

	/**
	 * Creates a ballot (not yet open for votes: staff open and close it on the ballot's page) and returns its id.
	 * Audited.
	 */
	long create(ProvinceCode province, BallotDraft draft);

	/**
	 * The outcomes of the province's closed ballots that include this project, newest ballot first (empty when it
	 * was never put to a vote).
	 */
	List<BallotItemOutcome> outcomesOf(ProvinceCode province, ResourceRef project);
}
