package org.smartcityplanner.plan.model.alignment;

import java.util.Objects;

/**
 * Something in the plan or the catalogue that is not linked to the other side.
 *
 * @param type what kind of gap
 * @param subject a catalogue code or an item id, as the type says
 * @param list the catalogue list of the code, or {@code null} when the subject is a plan item
 * @param label the item's title or name for item gaps; {@code null} for codes, whose names the reference data
 *        holds
 */
public record AlignmentGap(GapType type, String subject, CatalogueList list, String label) {

	public AlignmentGap {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(subject, "subject");
	}

	static AlignmentGap ofCode(GapType type, CatalogueList list, String code) {
		return new AlignmentGap(type, code, list, null);
	}

	static AlignmentGap ofItem(GapType type, AlignedItem item) {
		return new AlignmentGap(type, item.id().value(), null, item.label());
	}

	/** Whether it is only a warning. */
	public boolean isWarning() {
		return type.level() == GapType.Level.WARNING;
	}
}
