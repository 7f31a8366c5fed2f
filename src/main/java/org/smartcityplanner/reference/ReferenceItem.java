package org.smartcityplanner.reference;

import org.smartcityplanner.shared.LocalizedText;

/**
 * One entry of a reference list, e.g. the SDG "No poverty" or the budget source "PROV".
 *
 * @param kind which list it belongs to
 * @param code stable code, e.g. {@code SDG01}
 * @param sortOrder position in the list (the official number where there is one)
 * @param name Thai and English name
 * @param description Thai and English description, or {@code null} where the list has none
 * @param confirmed {@code false} where the fact is still to be confirmed against an official source
 * @param note why a fact is unconfirmed, or other remarks; may be empty
 */
public record ReferenceItem(ReferenceKind kind, String code, int sortOrder, LocalizedText name,
		LocalizedText description, boolean confirmed, String note) {
}
