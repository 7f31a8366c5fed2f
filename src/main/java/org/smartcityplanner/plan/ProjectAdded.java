package org.smartcityplanner.plan;

import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A project was added to a province's master plan (by hand or by an import).
 *
 * @param province the plan's province
 * @param projectId the new project's id
 * @param name the project's name
 */
public record ProjectAdded(ProvinceCode province, ItemId projectId, String name) {
}
