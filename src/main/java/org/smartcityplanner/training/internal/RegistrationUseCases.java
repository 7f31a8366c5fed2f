package org.smartcityplanner.training.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.ImportReport;
import org.smartcityplanner.training.Registration;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.TraineeDraft;

/**
 * How trainees join a cohort and what they may do with their personal data (PDPA): self-registration through
 * the cohort's public link with recorded consent, bulk import by the province team, a copy of their data and
 * erasure on request, and anonymisation after the cohort's retention period.
 */
public interface RegistrationUseCases {

	/** The version of the consent text shown on the registration form; stored with every registration. */
	String CONSENT_VERSION = "training-consent-2569-1";

	/**
	 * The purpose of the data, kept with every consent: the registration form's own words (in Thai, the language
	 * the form is in by default), so the trainee's copy of the data reads what they agreed to.
	 */
	String PURPOSE = "จัดการอบรม บันทึกการเข้าอบรม ประเมินผลการเรียนรู้ ออกวุฒิบัตร และจัดทำรายงานการอบรมของจังหวัด";

	/** Problems of a draft (fields only), empty when it is complete. */
	List<FieldProblem> check(TraineeDraft draft);

	/**
	 * Registers a trainee through the cohort's public link.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the link is unknown or closed, the cohort
	 *         is full, consent was not given, the draft has problems or the person is already registered
	 */
	Registration register(String registrationKey, TraineeDraft draft, boolean consent);

	/**
	 * Imports trainees from a CSV or XLSX file. All rows are checked first; when any has an error nothing is
	 * saved. Duplicates (within the file or of trainees already registered) are skipped.
	 */
	ImportReport importFile(ProvinceCode province, long cohortId, String fileName, byte[] content);

	/** The trainee whose personal link has this secret, unless anonymised. */
	Optional<Trainee> traineeByToken(String accessToken);

	/** A new personal link for a trainee of the province (the old one stops working); returns its secret. */
	String issueAccessToken(ProvinceCode province, long traineeId);

	/** Everything stored about the trainee, for their data-access request. */
	Map<String, Object> personalData(String accessToken);

	/** Erases the trainee's personal fields now, at their request; the link stops working. */
	void eraseAtRequest(String accessToken);

	/** Anonymises every trainee of cohorts whose retention period has passed; returns how many. */
	int anonymiseExpired();
}
