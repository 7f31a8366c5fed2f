package org.smartcityplanner.profile;

/**
 * A provincial strategy to add or the new values of one to change.
 *
 * @param code unique in the province: letters, digits, dot, dash or underscore, at most 20 characters
 * @param title at most 500 characters
 * @param description optional, at most 2,000 characters
 * @param planYears plan period, e.g. {@code 2566–2570}
 */
public record StrategyDraft(String code, String title, String description, String planYears) {
}
