package org.smartcityplanner.monitoring.domain.kpi;

import java.math.BigDecimal;

import org.smartcityplanner.shared.InvalidInputException;

/**
 * A value an owner reports, checked: the number fits the KPI's unit ({@link UnitKind}), the source is given, and a
 * value that is not on track against the year's target comes with a note explaining why.
 *
 * @param actual the value
 * @param source where it comes from
 * @param note the owner's explanation, empty when none
 */
public record ValueReport(BigDecimal actual, String source, String note) {

	public static final int SOURCE_MAX = 300;
	public static final int NOTE_MAX = 2000;

	/**
	 * @param unit the KPI's unit text
	 * @param target the year's target, or {@code null} when the plan sets none (then no note is demanded)
	 * @throws FieldRefused naming the field at fault
	 */
	public static ValueReport check(String unit, String valueText, String source, String note, BigDecimal target,
			Direction direction, Thresholds thresholds) {
		BigDecimal actual;
		try {
			actual = UnitKind.of(unit).parse(valueText);
		}
		catch (InvalidInputException e) {
			throw new FieldRefused("value", e.messageKey(), e.arguments().toArray());
		}
		String cleanSource = source == null ? "" : source.strip();
		if (cleanSource.isEmpty()) {
			throw new FieldRefused("source", "monitoring.kpi.rule.source.required");
		}
		if (cleanSource.length() > SOURCE_MAX) {
			throw new FieldRefused("source", "monitoring.kpi.rule.source.tooLong", SOURCE_MAX);
		}
		String cleanNote = note == null ? "" : note.strip();
		if (cleanNote.length() > NOTE_MAX) {
			throw new FieldRefused("note", "monitoring.kpi.rule.note.tooLong", NOTE_MAX);
		}
		if (cleanNote.isEmpty() && thresholds.needsNote(actual, target, direction)) {
			throw new FieldRefused("note", "monitoring.kpi.rule.note.required", thresholds.onTrack());
		}
		return new ValueReport(actual, cleanSource, cleanNote);
	}
}
