package org.smartcityplanner.plan;

import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A project of a province's master plan was changed (name, years, budget, areas or alignment).
 *
 * @param province the plan's province
 * @param projectId the project's id
 * @param name the project's name after the change
 */
public record ProjectChanged(ProvinceCode province, ItemId projectId, String name) {
}
