package org.smartcityplanner.publicaccess;

import java.time.Instant;
import java.time.LocalDate;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A recorded consent and what became of it. The record stays after erasure, without personal data, as proof of
 * what was agreed and when.
 *
 * @param id                 database id
 * @param province           the province
 * @param holder             the kind of record holding the data
 * @param subjectId          the record's id in the holder
 * @param purpose            the purpose shown
 * @param textVersion        the consent text version agreed to
 * @param consentedAt        when consent was given
 * @param withdrawnAt        when it was withdrawn, or {@code null}
 * @param retainedUntil      the last day the data is kept
 * @param erasureRequestedAt when the person asked for erasure, or {@code null}
 * @param erasedAt           when the personal data was erased, or {@code null}
 */
public record Consent(long id, ProvinceCode province, String holder, long subjectId, String purpose,
		String textVersion, Instant consentedAt, Instant withdrawnAt, LocalDate retainedUntil,
		Instant erasureRequestedAt, Instant erasedAt) {

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	public boolean erased() {
		return erasedAt != null;
	}

	/** Consent in force: given, neither withdrawn nor erased. */
	public boolean active() {
		return withdrawnAt == null && erasedAt == null;
	}
}
