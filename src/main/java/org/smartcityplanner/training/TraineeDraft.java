package org.smartcityplanner.training;

/**
 * What a registration or an import row says about a trainee, as typed.
 *
 * @param fullName name and surname
 * @param organisation agency, company or group
 * @param sector sector code or label (see {@link Sector#parse})
 * @param jobTitle position, may be empty
 * @param phone Thai telephone number, may be empty when an e-mail is given
 * @param email e-mail address, may be empty when a phone is given
 */
public record TraineeDraft(String fullName, String organisation, String sector, String jobTitle, String phone,
		String email) {
}
