package org.smartcityplanner.participation.internal.eligibility;

import org.smartcityplanner.participation.domain.eligibility.ParticipationRule;

/**
 * A province's participation rule with its optimistic-locking version (0 while none was chosen: the default rule).
 *
 * @param rule who may take part
 * @param version the version to send back when changing it
 */
public record RuleSetting(ParticipationRule rule, int version) {
}
