package org.smartcityplanner.participation;

/**
 * A stakeholder as typed, before it is checked.
 *
 * @param name            name
 * @param organisation    organisation, optional
 * @param type            a {@link StakeholderType} code
 * @param sector          a {@link Sector} code
 * @param interest        what they care about, optional
 * @param phone           phone, optional
 * @param email           e-mail, optional
 * @param consent         whether they gave consent (on paper, by phone or online); required
 * @param retentionMonths how long their data is kept, 1–120 months
 */
public record StakeholderDraft(String name, String organisation, String type, String sector, String interest,
		String phone, String email, boolean consent, String retentionMonths) {
}
