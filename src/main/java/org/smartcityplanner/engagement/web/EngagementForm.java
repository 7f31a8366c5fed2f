package org.smartcityplanner.engagement.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The admin's form to open a province engagement: province, title, signing date and (optionally) the last day —
 * 180 days from the signing date when left empty. The team is chosen on the engagement's page.
 */
class EngagementForm {

	@NotBlank(message = "{validation.required}")
	private String provinceCode = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String title = "";

	@NotNull(message = "{validation.required}")
	private LocalDate startDate;

	private LocalDate endDate;

	public String getProvinceCode() {
		return provinceCode;
	}

	public void setProvinceCode(String provinceCode) {
		this.provinceCode = provinceCode;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}
}
