package org.smartcityplanner.plan.model.readiness;

import java.util.Locale;

import org.smartcityplanner.shared.Baht;

/**
 * Small text helpers shared by the policies.
 */
final class Texts {

	private Texts() {
	}

	/** Unwritten: {@code null}, empty or only whitespace. */
	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** An amount as the plan documents print it, e.g. {@code 1,200,000.00}. */
	static String amount(Baht baht) {
		return String.format(Locale.ROOT, "%,.2f", baht.toBigDecimal());
	}
}
