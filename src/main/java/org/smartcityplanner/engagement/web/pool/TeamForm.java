package org.smartcityplanner.engagement.web.pool;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

/** The team the admin keeps: members, the lead among them, and the engagement version they edited. */
class TeamForm {

	private Set<Long> members = new LinkedHashSet<>();

	@NotNull(message = "{pool.error.leadRequired}")
	private Long lead;

	@NotNull(message = "{validation.required}")
	private Integer version;

	List<Long> memberList() {
		return new ArrayList<>(members);
	}

	public Set<Long> getMembers() {
		return members;
	}

	public void setMembers(Set<Long> members) {
		this.members = members;
	}

	public Long getLead() {
		return lead;
	}

	public void setLead(Long lead) {
		this.lead = lead;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
