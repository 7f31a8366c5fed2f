package org.smartcityplanner.engagement.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smartcityplanner.engagement.EngagementView;

/**
 * The admin's form to change an open engagement's title and dates.
 */
class EngagementEditForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String title = "";

	@NotNull(message = "{validation.required}")
	private LocalDate startDate;

	@NotNull(message = "{validation.required}")
	private LocalDate endDate;

	static EngagementEditForm of(EngagementView engagement) {
		EngagementEditForm form = new EngagementEditForm();
		form.title = engagement.name();
		form.startDate = engagement.startDate();
		form.endDate = engagement.endDate();
		return form;
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
