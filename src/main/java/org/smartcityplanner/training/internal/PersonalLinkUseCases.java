package org.smartcityplanner.training.internal;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.PersonalLinkSheet;

/**
 * Personal links for a whole cohort at once, for a printed sheet or a list. Links are secrets stored only as
 * hashes, so a link can be shown only when it is issued: making a sheet issues the links on it, and every sheet
 * is audited.
 */
public interface PersonalLinkUseCases {

	/** How many trainees of the cohort (not anonymised, consent in force) never had their personal link in hand. */
	int notHandedOut(ProvinceCode province, long cohortId);

	/**
	 * Issues the links of the scope's trainees (a trainee's earlier link stops working) and records them as handed
	 * out; {@code format} is named in the audit entry.
	 *
	 * @throws org.smartcityplanner.shared.NotInProvinceException when the cohort is not the province's
	 */
	PersonalLinkSheet issue(ProvinceCode province, long cohortId, PersonalLinkSheet.Scope scope, String format);
}
