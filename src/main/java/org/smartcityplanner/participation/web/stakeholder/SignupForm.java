package org.smartcityplanner.participation.web.stakeholder;

import org.smartcityplanner.participation.StakeholderDraft;

/**
 * The public sign-up form as posted: the stakeholder's details and consent, and what the public-form guard reads
 * (the stamp of when the form was shown, the honeypot). The retention period is the registry's default: the
 * public does not choose it.
 */
public class SignupForm extends StakeholderForm {

	public static final String RETENTION_MONTHS = "24";

	private String stamp;
	private String website;

	@Override
	StakeholderDraft draft() {
		StakeholderDraft typed = super.draft();
		return new StakeholderDraft(typed.name(), typed.organisation(), typed.type(), typed.sector(), typed.interest(),
				typed.phone(), typed.email(), typed.consent(), RETENTION_MONTHS);
	}

	public String getStamp() { return stamp; }
	public void setStamp(String stamp) { this.stamp = stamp; }
	public String getWebsite() { return website; }
	public void setWebsite(String website) { this.website = website; }
}
