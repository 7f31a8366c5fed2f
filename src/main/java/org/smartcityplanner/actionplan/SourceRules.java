package org.smartcityplanner.actionplan;

import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.shared.LocalizedText;

/**
 * A budget source with its editable rules.
 *
 * @param code reference code, e.g. {@code PROV}
 * @param name the source's name from the reference list
 * @param rule its current rules
 * @param version version of the rules, sent back with an edit
 */
public record SourceRules(String code, LocalizedText name, SourceRule rule, int version) {
}
