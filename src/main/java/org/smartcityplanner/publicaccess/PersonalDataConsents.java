package org.smartcityplanner.publicaccess;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * PDPA consent for people outside the institute, in one place for every module that keeps their data (training's
 * trainees, participation's stakeholders): the consent with its purpose, text version and time; withdrawal; a
 * personal link (only its hash is stored) through which the person downloads their data or has it erased; and a
 * retention date after which the data is erased by a nightly job. The data itself stays in the module that holds
 * it, which plugs in as a {@link org.smartcityplanner.publicaccess.spi.PersonalDataHolder}. Every change is audited.
 */
public interface PersonalDataConsents {

	/** Records consent and issues the person's link. */
	PersonalLink record(ConsentRequest request);

	/** The consent whose link has this secret, unless erased; empty for an unknown, malformed or old secret. */
	Optional<Consent> byLink(String secret);

	/** The consent of one record. */
	Optional<Consent> of(String holder, long subjectId);

	/** The consents of many records, by subject id (one query). */
	Map<Long, Consent> of(String holder, Collection<Long> subjectIds);

	/** A new link for a record of the province (the old one stops working); returns its secret. */
	String renewLink(ProvinceCode province, String holder, long subjectId);

	/** The person withdraws consent through their link; the holder stops using the data. */
	Consent withdraw(String secret);

	/** Staff record a withdrawal the person made on paper or by phone. */
	Consent withdraw(ProvinceCode province, String holder, long subjectId);

	/** Everything held about the person (the holder's data and the consent), for their own download. */
	Map<String, Object> export(String secret);

	/** Erases the person's data now, at their request through their link; the link stops working. */
	void erase(String secret);

	/** Erases the data of records now, for the retention rule of their holder (e.g. a cohort's end). */
	int eraseNow(String holder, Collection<Long> subjectIds);

	/** Moves the retention date of records (e.g. when the holder's own retention period changes). */
	void retainUntil(String holder, Collection<Long> subjectIds, LocalDate until);

	/** Erases every record whose retention date has passed; returns how many. */
	int eraseExpired();
}
