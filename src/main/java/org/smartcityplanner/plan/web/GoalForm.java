package org.smartcityplanner.plan.web;

import jakarta.validation.constraints.NotBlank;

/**
 * A goal of one smart dimension.
 */
public class GoalForm extends TitledItemForm {

	@NotBlank(message = "{validation.required}")
	private String dimension = "";

	public String getDimension() {
		return dimension;
	}

	public void setDimension(String dimension) {
		this.dimension = dimension;
	}
}
