package org.smartcityplanner.participation.web.eligibility;

import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * The process's rule refuses the sender of a public input. Pages answer it with the refusal and the way in (enter a
 * code, sign in) by {@link NotEligiblePageAdvice}; the API, as every {@link InvalidInputException}, with
 * problem+json naming the refusal.
 */
public class NotEligibleException extends InvalidInputException {

	private final transient ProvinceCode province;

	public NotEligibleException(ProvinceCode province, String refusalKey) {
		super(refusalKey);
		this.province = province;
	}

	public ProvinceCode province() {
		return province;
	}
}
