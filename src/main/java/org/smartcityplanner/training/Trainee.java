package org.smartcityplanner.training;

import java.time.Instant;

/**
 * A registered trainee. After anonymisation the personal fields are empty and {@code anonymisedAt} is set; the
 * sector, attendance and scores stay for the statistics.
 *
 * @param id database id
 * @param cohortId cohort
 * @param fullName name, empty once anonymised
 * @param organisation organisation, empty once anonymised
 * @param sector sector
 * @param jobTitle position
 * @param phone normalised phone, may be {@code null}
 * @param email e-mail, may be {@code null}
 * @param source {@code self}, {@code import} or {@code demo}
 * @param consentVersion the consent text version agreed to
 * @param consentedAt when
 * @param createdAt registered at
 * @param erasureRequestedAt when the trainee asked to erase their data, or {@code null}
 * @param anonymisedAt when personal fields were blanked, or {@code null}
 */
public record Trainee(long id, long cohortId, String fullName, String organisation, Sector sector, String jobTitle,
		String phone, String email, String source, String consentVersion, Instant consentedAt, Instant createdAt,
		Instant erasureRequestedAt, Instant anonymisedAt) {

	public boolean anonymised() {
		return anonymisedAt != null;
	}
}
