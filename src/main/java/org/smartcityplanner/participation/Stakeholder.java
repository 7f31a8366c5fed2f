package org.smartcityplanner.participation;

import java.time.Instant;
import java.time.LocalDate;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A person or organisation outside the working group whom the province consults, kept with their PDPA consent.
 *
 * @param id           database id
 * @param province     the province
 * @param name         the person's or organisation's name; empty once erased
 * @param organisation the organisation they speak for, may be empty
 * @param type         what kind of stakeholder
 * @param sector       the sector they belong to
 * @param interest     what they care about in the plan; empty once erased
 * @param phone        phone, or {@code null} (none, withdrawn or erased)
 * @param email        e-mail, or {@code null}
 * @param consentedAt  when they consented
 * @param withdrawnAt  when they withdrew consent, or {@code null}
 * @param retainedUntil the last day their data is kept
 * @param erasedAt     when their personal data was erased, or {@code null}
 * @param version      optimistic-locking version
 */
public record Stakeholder(long id, ProvinceCode province, String name, String organisation, StakeholderType type,
		Sector sector, String interest, String phone, String email, Instant consentedAt, Instant withdrawnAt,
		LocalDate retainedUntil, Instant erasedAt, int version) {

	public boolean erased() {
		return erasedAt != null;
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}
}
