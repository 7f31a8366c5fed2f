package org.smartcityplanner.profile.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Strategies pasted from a spreadsheet or document, one per line, with the plan years they share.
 */
class StrategyImportForm {

	/** Room for 100 lines with long titles and descriptions. */
	static final int MAX_CHARS = 300_000;

	@NotBlank(message = "{validation.required}")
	@Size(max = MAX_CHARS, message = "{validation.tooLong}")
	private String lines = "";
	@NotBlank(message = "{validation.required}")
	private String planYears = "";

	static StrategyImportForm withPlanYears(String planYears) {
		StrategyImportForm form = new StrategyImportForm();
		form.planYears = planYears;
		return form;
	}

	public String getLines() {
		return lines;
	}

	public void setLines(String lines) {
		this.lines = lines;
	}

	public String getPlanYears() {
		return planYears;
	}

	public void setPlanYears(String planYears) {
		this.planYears = planYears;
	}
}
