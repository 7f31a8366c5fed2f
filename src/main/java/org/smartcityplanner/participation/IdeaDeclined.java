package org.smartcityplanner.participation;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;

/**
 * Staff declined a public idea with a reason the author sees through their personal link.
 *
 * @param province the province of the idea
 * @param idea the idea, {@code participation.idea:<id>}
 */
public record IdeaDeclined(ProvinceCode province, ResourceRef idea) {
}
