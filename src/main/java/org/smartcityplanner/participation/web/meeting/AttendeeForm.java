package org.smartcityplanner.participation.web.meeting;

import org.smartcityplanner.participation.AttendeeDraft;
import org.smartcityplanner.participation.Sector;

/** Registering a person ahead of a meeting, or at the door (then with consent and the form's submission key). */
class AttendeeForm {

	private String fullName = "";
	private String organisation = "";
	private String positionTitle = "";
	private String sector = "";
	private boolean invited = true;
	private boolean consent;
	private String submissionKey = "";
	/** A field people never see: a bot that fills every field fills it too. */
	private String website = "";
	/** The public-form guard's signed stamp of when the walk-in form was shown. */
	private String stamp = "";

	AttendeeDraft person() {
		return new AttendeeDraft(fullName, organisation, positionTitle, Sector.parse(sector), null);
	}

	public String getFullName() { return fullName; }
	public void setFullName(String fullName) { this.fullName = fullName; }
	public String getOrganisation() { return organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public String getPositionTitle() { return positionTitle; }
	public void setPositionTitle(String positionTitle) { this.positionTitle = positionTitle; }
	public String getSector() { return sector; }
	public void setSector(String sector) { this.sector = sector; }
	public boolean isInvited() { return invited; }
	public void setInvited(boolean invited) { this.invited = invited; }
	public boolean isConsent() { return consent; }
	public void setConsent(boolean consent) { this.consent = consent; }
	public String getSubmissionKey() { return submissionKey; }
	public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
	public String getWebsite() { return website; }
	public void setWebsite(String website) { this.website = website; }
	public String getStamp() { return stamp; }
	public void setStamp(String stamp) { this.stamp = stamp; }
}
