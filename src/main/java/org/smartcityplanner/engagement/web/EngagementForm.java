package org.smartcityplanner.engagement.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smartcityplanner.engagement.EngagementApi;

/**
 * The admin's form to start a province engagement with its consultant team.
 */
class EngagementForm {

	@NotBlank(message = "{validation.required}")
	private String provinceCode = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String name = "";

	@NotNull(message = "{validation.required}")
	private LocalDate startDate;

	@NotNull(message = "{validation.required}")
	private Long leadConsultant;

	@NotEmpty(message = "{validation.team.required}")
	@Size(max = EngagementApi.MAX_TEAM, message = "{validation.team.tooLarge}")
	private Set<Long> consultants = new LinkedHashSet<>();

	/** The lead must be one of the team. */
	@AssertTrue(message = "{validation.team.leadNotInTeam}")
	public boolean isLeadInTeam() {
		return leadConsultant == null || consultants.contains(leadConsultant);
	}

	public String getProvinceCode() {
		return provinceCode;
	}

	public void setProvinceCode(String provinceCode) {
		this.provinceCode = provinceCode;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public Long getLeadConsultant() {
		return leadConsultant;
	}

	public void setLeadConsultant(Long leadConsultant) {
		this.leadConsultant = leadConsultant;
	}

	public Set<Long> getConsultants() {
		return consultants;
	}

	public void setConsultants(Set<Long> consultants) {
		this.consultants = consultants;
	}
}
