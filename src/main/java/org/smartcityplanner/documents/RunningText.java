package org.smartcityplanner.documents;

import java.util.Objects;

/**
 * What stands at the top and foot of every page after the cover.
 *
 * @param headerText     text at the top right (e.g. a short title), may be empty
 * @param footerText     text at the foot left, may be empty
 * @param pageNumbers    where the page number goes
 */
public record RunningText(String headerText, String footerText, PageNumbers pageNumbers) {

	/** Position of page numbers; Thai official documents put them at the top centre as "- ๒ -". */
	public enum PageNumbers {
		NONE, TOP_CENTER, BOTTOM_CENTER, BOTTOM_RIGHT
	}

	public RunningText {
		headerText = Objects.requireNonNullElse(headerText, "");
		footerText = Objects.requireNonNullElse(footerText, "");
		pageNumbers = pageNumbers == null ? PageNumbers.BOTTOM_CENTER : pageNumbers;
	}

	public static RunningText pageNumbersOnly() {
		return new RunningText("", "", PageNumbers.TOP_CENTER);
	}
}
