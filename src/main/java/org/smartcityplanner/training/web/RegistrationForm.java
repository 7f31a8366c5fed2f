package org.smartcityplanner.training.web;

import org.smartcityplanner.training.TraineeDraft;

/** The public registration form as typed, with the spam-guard fields. */
class RegistrationForm {

	private String fullName = "";
	private String organisation = "";
	private String sector = "";
	private String jobTitle = "";
	private String phone = "";
	private String email = "";
	private boolean consent;
	/** The honeypot: hidden from people and assistive technology, filled only by bots. */
	private String website = "";
	private String stamp = "";

	TraineeDraft draft() {
		return new TraineeDraft(fullName, organisation, sector, jobTitle, phone, email);
	}

	public String getFullName() { return fullName; }
	public void setFullName(String fullName) { this.fullName = fullName; }
	public String getOrganisation() { return organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public String getSector() { return sector; }
	public void setSector(String sector) { this.sector = sector; }
	public String getJobTitle() { return jobTitle; }
	public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public boolean isConsent() { return consent; }
	public void setConsent(boolean consent) { this.consent = consent; }
	public String getWebsite() { return website; }
	public void setWebsite(String website) { this.website = website; }
	public String getStamp() { return stamp; }
	public void setStamp(String stamp) { this.stamp = stamp; }
}
