package org.smartcityplanner.publicaccess.spi;

import java.util.Map;

/**
 * Implemented by a module that keeps personal data under a {@link org.smartcityplanner.publicaccess.Consent}:
 * declare it as a bean; the consent service finds it by {@link #holder()} to export and erase the data.
 */
public interface PersonalDataHolder {

	/** The holder name used in the module's consent requests, e.g. {@code participation-stakeholder}. */
	String holder();

	/** Every personal field held about the record, and what it is linked to, for the person's own download. */
	Map<String, Object> personalData(long subjectId);

	/**
	 * Blanks the record's personal fields, keeping what is anonymous (a sector, a count). Runs in the caller's
	 * transaction; must be harmless when the record was erased already.
	 *
	 * @param atRequest whether the person asked for it (else the retention period ended)
	 */
	void erase(long subjectId, boolean atRequest);

	/** The person withdrew consent: stop using the data. By default the data is erased at once. */
	default void withdrawn(long subjectId) {
		erase(subjectId, true);
	}
}
