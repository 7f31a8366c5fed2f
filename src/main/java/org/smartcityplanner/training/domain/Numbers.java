package org.smartcityplanner.training.domain;

import org.smartcityplanner.shared.NumberText;

/** Whole numbers as people type them: Thai or Arabic digits, spaces and thousands separators around them. */
public final class Numbers {

	private Numbers() {
	}

	/**
	 * The number, or {@code null} when the text is empty or not a whole number that fits an int. Read by
	 * {@link NumberText}, as every number typed in the application is.
	 */
	public static Integer parseInt(String text) {
		try {
			return NumberText.wholeInt(text);
		}
		catch (NumberText.NotANumberException notANumber) {
			return null;
		}
	}
}
