package org.smartcityplanner.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference to something another module owns, by type and id only: how modules link their records without
 * object references or foreign keys across module tables. Written {@code type:id}, e.g.
 * {@code participation.resolution:42}.
 *
 * @param type the kind of thing, prefixed by its module: lower-case letters, digits, dots and dashes
 * @param id the thing's id within its type: letters, digits, dashes and underscores
 */
public record ResourceRef(String type, String id) {

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9.-]{0,39}");
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	public ResourceRef {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
		if (!TYPE.matcher(type).matches() || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Not a resource reference: " + type + ":" + id);
		}
	}

	/**
	 * The reference written as {@code type:id}.
	 *
	 * @throws InvalidInputException ({@code resourceRef.invalid}) when the text is not one
	 */
	public static ResourceRef parse(String text) {
		int colon = text == null ? -1 : text.indexOf(':');
		if (colon > 0) {
			String type = text.substring(0, colon).strip();
			String id = text.substring(colon + 1).strip();
			if (TYPE.matcher(type).matches() && ID.matcher(id).matches()) {
				return new ResourceRef(type, id);
			}
		}
		throw new InvalidInputException("resourceRef.invalid", text == null ? "" : text);
	}

	@Override
	public String toString() {
		return type + ":" + id;
	}
}
