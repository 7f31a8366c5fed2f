package org.smartcityplanner.plan.model.diff;

/**
 * One field that differs, with both values rendered as readable text (empty when there was none).
 *
 * @param field the field name, e.g. {@code budget} or {@code alignment.sdgs}
 * @param oldValue the value in the older version
 * @param newValue the value in the newer version
 */
public record FieldChange(String field, String oldValue, String newValue) {
}
