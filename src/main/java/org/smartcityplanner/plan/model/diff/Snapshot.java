package org.smartcityplanner.plan.model.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One plan item flattened into named, rendered fields, ready to compare with the same item of another version.
 *
 * @param kind the item kind, as in {@link ItemChange#kind()}
 * @param id the item id
 * @param label its title or name
 * @param fields its fields in display order
 */
record Snapshot(String kind, String id, String label, Map<String, Value> fields) {

	Snapshot {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/** Identifies the item across versions. */
	String key() {
		return kind + "/" + id;
	}

	/**
	 * A rendered field value.
	 *
	 * @param text what the reviewer reads
	 * @param identity what decides whether it changed: the text itself, or the id of a parent item so that
	 *        renaming a strategy does not make its projects look moved
	 */
	record Value(String text, String identity) {

		static Value of(String text) {
			return new Value(text, text);
		}
	}
}
