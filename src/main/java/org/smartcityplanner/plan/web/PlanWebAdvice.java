package org.smartcityplanner.plan.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Plan pages opened before a plan exists lead to the page that starts one; edit forms of a read-only plan lead to
 * the plan page, which says why it cannot be edited.
 */
@ControllerAdvice(basePackageClasses = PlanWebAdvice.class)
class PlanWebAdvice {

	@ExceptionHandler(PlanNotStartedException.class)
	String planNotStarted(PlanNotStartedException e) {
		return PlanController.redirectToPlan(e.provinceCode());
	}

	@ExceptionHandler(PlanReadOnlyException.class)
	String planReadOnly(PlanReadOnlyException e) {
		return PlanController.redirectToPlan(e.provinceCode());
	}
}
