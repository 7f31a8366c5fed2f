package org.smartcityplanner.participation;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;

/**
 * An idea was declined with a reason its author sees through their personal link.
 *
 * @param idea {@code participation.idea:<id>}
 */
public record IdeaDeclined(ProvinceCode province, ResourceRef idea) {
}
