package org.smartcityplanner.plan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The plan's title, period, vision and missions (one mission per line).
 */
public class OverviewForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.tooLong}")
	private String title = "";

	@Size(max = 1000, message = "{validation.tooLong}")
	private String titleEn = "";

	@NotNull(message = "{validation.required}")
	@Min(value = 2560, message = "{plan.form.yearRange}")
	@Max(value = 2700, message = "{plan.form.yearRange}")
	private Integer firstYear;

	@NotNull(message = "{validation.required}")
	@Min(value = 2560, message = "{plan.form.yearRange}")
	@Max(value = 2700, message = "{plan.form.yearRange}")
	private Integer lastYear;

	@Size(max = 20000, message = "{validation.tooLong}")
	private String vision = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String missions = "";

	private int version;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public Integer getFirstYear() {
		return firstYear;
	}

	public void setFirstYear(Integer firstYear) {
		this.firstYear = firstYear;
	}

	public Integer getLastYear() {
		return lastYear;
	}

	public void setLastYear(Integer lastYear) {
		this.lastYear = lastYear;
	}

	public String getVision() {
		return vision;
	}

	public void setVision(String vision) {
		this.vision = vision;
	}

	public String getMissions() {
		return missions;
	}

	public void setMissions(String missions) {
		this.missions = missions;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
