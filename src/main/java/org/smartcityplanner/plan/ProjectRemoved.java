package org.smartcityplanner.plan;

import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A project left a province's master plan: deleted itself, deleted with its strategy or goal, or missing from an
 * imported plan document. Published once per project.
 *
 * @param province the plan's province
 * @param projectId the removed project's id
 */
public record ProjectRemoved(ProvinceCode province, ItemId projectId) {
}
