package org.smartcityplanner.plan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Starting a province's plan: its title and the fiscal years it covers.
 */
public class StartPlanForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.tooLong}")
	private String title = "";

	@NotNull(message = "{validation.required}")
	@Min(value = 2560, message = "{plan.form.yearRange}")
	@Max(value = 2700, message = "{plan.form.yearRange}")
	private Integer firstYear;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{plan.form.yearsRange}")
	@Max(value = 20, message = "{plan.form.yearsRange}")
	private Integer years = 5;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Integer getFirstYear() {
		return firstYear;
	}

	public void setFirstYear(Integer firstYear) {
		this.firstYear = firstYear;
	}

	public Integer getYears() {
		return years;
	}

	public void setYears(Integer years) {
		this.years = years;
	}
}
