package org.smartcityplanner.shared;

import java.util.regex.Pattern;

/**
 * A province's ISO 3166-2:TH code, e.g. {@code TH-10} for Bangkok.
 *
 * @param value the code in upper case
 */
public record ProvinceCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("TH-[0-9]{2}|TH-S");

	/**
	 * @throws IllegalArgumentException when the value is not an ISO 3166-2:TH code
	 */
	public ProvinceCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not an ISO 3166-2:TH province code: " + value);
		}
	}

	/** Parses user input leniently: trims and upper-cases before checking the format. */
	public static ProvinceCode of(String raw) {
		return new ProvinceCode(raw == null ? null : raw.trim().toUpperCase(java.util.Locale.ROOT));
	}

	/** Whether {@code raw} would parse, without throwing. */
	public static boolean isValid(String raw) {
		return raw != null && FORMAT.matcher(raw.trim().toUpperCase(java.util.Locale.ROOT)).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
