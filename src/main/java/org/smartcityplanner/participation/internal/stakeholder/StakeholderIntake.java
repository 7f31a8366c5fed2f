package org.smartcityplanner.participation.internal.stakeholder;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.participation.Stakeholder;
import org.smartcityplanner.participation.StakeholderDraft;
import org.smartcityplanner.participation.StakeholderRegistered;
import org.smartcityplanner.participation.domain.stakeholder.StakeholderSheet;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * Stakeholders who come in other than one by one through staff: people registering themselves on the public form
 * (kept as pending until staff confirm them), and sheets of people imported by staff (all rows or none). Ids of
 * another province fail with {@link org.smartcityplanner.shared.NotInProvinceException}; every change is audited.
 */
public interface StakeholderIntake {

	/** The key of the province's public sign-up link, while it is open. */
	Optional<String> signupKey(ProvinceCode province);

	/** The province whose open sign-up link has this key. */
	Optional<ProvinceCode> signupProvince(String key);

	/** Opens the province's public sign-up (keeps the key of an open one); returns the key. */
	String openSignup(ProvinceCode province);

	/** Closes the province's public sign-up: its link stops working. */
	void closeSignup(ProvinceCode province);

	/**
	 * A person or organisation registers through the public form, with their consent; they wait for staff.
	 *
	 * @throws org.smartcityplanner.participation.GroupInputException naming each wrong field
	 */
	StakeholderRegistered signUp(ProvinceCode province, StakeholderDraft draft);

	/** Self-registrations waiting for staff, oldest first. */
	List<Stakeholder> pending(ProvinceCode province);

	/** Staff confirm a pending self-registration: it joins the registry. */
	Stakeholder confirm(ProvinceCode province, long stakeholderId);

	/** Staff turn down a pending self-registration: its personal data is erased at once. */
	void reject(ProvinceCode province, long stakeholderId);

	/** The rows of a sheet as they would be saved, with each row's problems; saves nothing. */
	List<StakeholderSheet.Row> preview(List<List<String>> records);

	/**
	 * Saves every row of the sheet, each with its consent as the sheet records it, or — when any row has a
	 * problem — nothing.
	 *
	 * @return how many were saved
	 * @throws org.smartcityplanner.participation.internal.InputProblemsException when any row has a problem
	 */
	int importSheet(ProvinceCode province, List<List<String>> records);
}
