package org.smartcityplanner.participation.web.stakeholder;

import org.smartcityplanner.participation.web.EditFlow;
import org.smartcityplanner.participation.Stakeholder;
import org.smartcityplanner.participation.StakeholderDraft;
import org.smartcityplanner.shared.NumberInput;

/** The stakeholder form as posted; nothing in it is trusted. */
public class StakeholderForm implements EditFlow.Versioned {

	private String name;
	private String organisation;
	private String type;
	private String sector;
	private String interest;
	private String phone;
	private String email;
	private boolean consent;
	@NumberInput
	private String retentionMonths = "24";
	private int version;

	static StakeholderForm of(Stakeholder s) {
		StakeholderForm form = new StakeholderForm();
		form.name = s.name();
		form.organisation = s.organisation();
		form.type = s.type().name();
		form.sector = s.sector().name();
		form.interest = s.interest();
		form.phone = s.phone();
		form.email = s.email();
		form.version = s.version();
		return form;
	}

	StakeholderDraft draft() {
		return new StakeholderDraft(name, organisation, type, sector, interest, phone, email, consent, retentionMonths);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getOrganisation() { return organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getSector() { return sector; }
	public void setSector(String sector) { this.sector = sector; }
	public String getInterest() { return interest; }
	public void setInterest(String interest) { this.interest = interest; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public boolean isConsent() { return consent; }
	public void setConsent(boolean consent) { this.consent = consent; }
	public String getRetentionMonths() { return retentionMonths; }
	public void setRetentionMonths(String retentionMonths) { this.retentionMonths = retentionMonths; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
