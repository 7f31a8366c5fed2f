package org.smartcityplanner.profile.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A SWOT list is written one item per line. Blank lines are dropped and a leading bullet ("-", "•", "*") is
 * removed, so a list pasted from a document reads the same as one typed in.
 */
public final class SwotRules {

	public static final int MAX_ITEM = 300;
	public static final int MAX_ITEMS = 20;

	private static final Pattern BULLET = Pattern.compile("^[-•*·▪◦]\\s*");

	private SwotRules() {
	}

	/** The items of one list, in order. */
	public static List<String> items(String text) {
		List<String> items = new ArrayList<>();
		if (text == null) {
			return items;
		}
		for (String line : text.split("\\R")) {
			String item = BULLET.matcher(line.strip()).replaceFirst("").strip();
			if (!item.isEmpty()) {
				items.add(item);
			}
		}
		return items;
	}

	/**
	 * The first problem of a list, or {@code null}: as a message key and its arguments.
	 */
	public static Problem problemOf(List<String> items) {
		if (items.size() > MAX_ITEMS) {
			return new Problem("swot.error.tooMany", List.of(String.valueOf(MAX_ITEMS)));
		}
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).length() > MAX_ITEM) {
				return new Problem("swot.error.tooLong", List.of(String.valueOf(i + 1), String.valueOf(MAX_ITEM)));
			}
		}
		return null;
	}

	/**
	 * What is wrong with a list.
	 *
	 * @param messageKey the message
	 * @param args its arguments
	 */
	public record Problem(String messageKey, List<String> args) {
	}
}
