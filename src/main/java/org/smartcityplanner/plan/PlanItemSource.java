package org.smartcityplanner.plan;

import org.smartcityplanner.participation.ParticipationInput;

/**
 * What the people said that shaped a plan item, as linked by the plan's editors.
 *
 * @param itemId the plan item
 * @param input the resolution or finding, as participation describes it
 */
public record PlanItemSource(String itemId, ParticipationInput input) {
}
