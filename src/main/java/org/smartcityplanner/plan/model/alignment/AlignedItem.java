package org.smartcityplanner.plan.model.alignment;

import org.smartcityplanner.plan.model.ItemId;

/**
 * A goal, strategy or project that aligns with a catalogue code.
 *
 * @param kind what it is
 * @param id its stable id
 * @param label its title or name, for display
 */
public record AlignedItem(AlignedKind kind, ItemId id, String label) {
}
