package org.smartcityplanner.participation.web.group;

import org.smartcityplanner.participation.web.EditFlow;
import org.smartcityplanner.participation.GroupMember;
import org.smartcityplanner.participation.MemberDraft;

/** The member form as posted; nothing in it is trusted. */
public class MemberForm implements EditFlow.Versioned {

	private String fullName;
	private String position;
	private String organisation;
	private String sector;
	private String role = "MEMBER";
	private int version;

	static MemberForm of(GroupMember member) {
		MemberForm form = new MemberForm();
		form.fullName = member.fullName();
		form.position = member.position();
		form.organisation = member.organisation();
		form.sector = member.sector().name();
		form.role = member.role().name();
		form.version = member.version();
		return form;
	}

	MemberDraft draft() {
		return new MemberDraft(fullName, position, organisation, sector, role);
	}

	public String getFullName() { return fullName; }
	public void setFullName(String fullName) { this.fullName = fullName; }
	public String getPosition() { return position; }
	public void setPosition(String position) { this.position = position; }
	public String getOrganisation() { return organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public String getSector() { return sector; }
	public void setSector(String sector) { this.sector = sector; }
	public String getRole() { return role; }
	public void setRole(String role) { this.role = role; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
