package org.smartcityplanner.plan.web;

/**
 * An edit form of a submitted or approved plan was asked for; the user is sent to the plan page, whose banner
 * says why nothing can be edited.
 */
class PlanReadOnlyException extends RuntimeException {

	private final String provinceCode;

	PlanReadOnlyException(String provinceCode) {
		super("The plan of " + provinceCode + " is read-only");
		this.provinceCode = provinceCode;
	}

	String provinceCode() {
		return provinceCode;
	}
}
