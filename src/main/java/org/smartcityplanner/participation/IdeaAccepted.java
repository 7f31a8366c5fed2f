package org.smartcityplanner.participation;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;

/**
 * Staff accepted a public idea: it became this plan item. The plan listens and links the item back to the idea.
 *
 * @param province the province of the idea and the item
 * @param idea the idea, {@code participation.idea:<id>}
 * @param planItem the plan item it became, {@code plan.item:<id>}
 * @param planItemTitle the item's title when the idea was accepted
 */
public record IdeaAccepted(ProvinceCode province, ResourceRef idea, ResourceRef planItem, String planItemTitle) {
}
