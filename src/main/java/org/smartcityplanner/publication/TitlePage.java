package org.smartcityplanner.publication;

import java.util.List;
import java.util.Objects;

/**
 * The cover of a publication: no header, footer or page number.
 *
 * @param title    the big title
 * @param subtitle a smaller line under it, may be empty
 * @param lines    further centred lines (province, dates)
 * @param bottom   lines at the foot of the page (who made it, when), may be empty
 */
public record TitlePage(String title, String subtitle, List<String> lines, List<String> bottom) {

	public TitlePage {
		title = Objects.requireNonNullElse(title, "");
		subtitle = Objects.requireNonNullElse(subtitle, "");
		lines = List.copyOf(lines);
		bottom = List.copyOf(bottom);
	}
}
