package org.smartcityplanner.participation;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;

/**
 * An idea became a plan item: the plan links the item back to the idea ({@code pln_item_source}) and shows it as
 * "from the public".
 *
 * @param idea {@code participation.idea:<id>}
 * @param planItem the plan item it became
 * @param planItemTitle that item's title when it was accepted
 */
public record IdeaAccepted(ProvinceCode province, ResourceRef idea, ResourceRef planItem, String planItemTitle) {
}
