package org.smartcityplanner.profile.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.smartcityplanner.profile.ProvincialStrategy;
import org.smartcityplanner.profile.StrategyDraft;
import org.smartcityplanner.profile.domain.StrategyRules;

/**
 * One provincial strategy, to add or to change.
 */
class StrategyForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = StrategyRules.MAX_CODE, message = "{validation.tooLong}")
	private String code = "";
	@NotBlank(message = "{validation.required}")
	@Size(max = StrategyRules.MAX_TITLE, message = "{validation.tooLong}")
	private String title = "";
	@Size(max = StrategyRules.MAX_DESCRIPTION, message = "{validation.tooLong}")
	private String description = "";
	@NotBlank(message = "{validation.required}")
	private String planYears = "";
	private int version;

	static StrategyForm withPlanYears(String planYears) {
		StrategyForm form = new StrategyForm();
		form.planYears = planYears;
		return form;
	}

	static StrategyForm of(ProvincialStrategy strategy) {
		StrategyForm form = new StrategyForm();
		form.code = strategy.code();
		form.title = strategy.title();
		form.description = strategy.description() == null ? "" : strategy.description();
		form.planYears = strategy.planYears();
		form.version = strategy.version();
		return form;
	}

	StrategyDraft draft() {
		return new StrategyDraft(code.strip(), title.strip(), description, planYears);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getPlanYears() {
		return planYears;
	}

	public void setPlanYears(String planYears) {
		this.planYears = planYears;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
