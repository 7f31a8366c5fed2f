package org.smartcityplanner.training.web;

import org.smartcityplanner.shared.NumberInput;
import org.smartcityplanner.training.CohortDraft;

/** The cohort form's fields as typed. */
class CohortForm {

	private String name = "";
	@NumberInput
	private String capacity = "80";
	private String startDate = "";
	private String endDate = "";
	@NumberInput
	private String retentionDays = "365";
	@NumberInput
	private String passPercent = "60";
	@NumberInput
	private String minAttendancePercent = "80";

	CohortDraft draft() {
		return new CohortDraft(name, capacity, startDate, endDate, retentionDays, passPercent, minAttendancePercent);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getCapacity() { return capacity; }
	public void setCapacity(String capacity) { this.capacity = capacity; }
	public String getStartDate() { return startDate; }
	public void setStartDate(String startDate) { this.startDate = startDate; }
	public String getEndDate() { return endDate; }
	public void setEndDate(String endDate) { this.endDate = endDate; }
	public String getRetentionDays() { return retentionDays; }
	public void setRetentionDays(String retentionDays) { this.retentionDays = retentionDays; }
	public String getPassPercent() { return passPercent; }
	public void setPassPercent(String passPercent) { this.passPercent = passPercent; }
	public String getMinAttendancePercent() { return minAttendancePercent; }
	public void setMinAttendancePercent(String minAttendancePercent) { this.minAttendancePercent = minAttendancePercent; }
}
