package org.smartcityplanner.plan.web;

/** A plan page was opened before the province started its plan; the user is sent to the start page. */
class PlanNotStartedException extends RuntimeException {

	private final String provinceCode;

	PlanNotStartedException(String provinceCode) {
		super("No plan yet for " + provinceCode);
		this.provinceCode = provinceCode;
	}

	String provinceCode() {
		return provinceCode;
	}
}
