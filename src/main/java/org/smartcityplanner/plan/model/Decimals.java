package org.smartcityplanner.plan.model;

import java.math.BigDecimal;

/**
 * Measured values compare by amount, not by how many zeros a form, a database column or a JSON file wrote:
 * {@code 12.5}, {@code 12.50} and {@code 12.5000} are the same target.
 */
final class Decimals {

	private Decimals() {
	}

	static BigDecimal normalize(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
