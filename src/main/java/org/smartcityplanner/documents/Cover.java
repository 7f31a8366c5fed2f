package org.smartcityplanner.documents;

import java.util.List;
import java.util.Objects;

/**
 * The cover page: no header, footer or page number.
 *
 * @param title    the big title
 * @param subtitle a smaller line under it, may be empty
 * @param lines    further centred lines (province, period, version)
 * @param emblem   an optional picture above the title, may be null
 * @param bottom   lines at the foot of the page (issuer, date), may be empty
 */
public record Cover(String title, String subtitle, List<String> lines, Image emblem, List<String> bottom) {

	public Cover {
		title = Objects.requireNonNullElse(title, "");
		subtitle = Objects.requireNonNullElse(subtitle, "");
		lines = List.copyOf(lines);
		bottom = List.copyOf(bottom);
	}
}
