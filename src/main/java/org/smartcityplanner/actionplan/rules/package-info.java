/**
 * Framework-free budget rules of the action plan: budget source rules, budget sheets with their rounding rule,
 * proposal form checks, criterion scoring and AHP. Exposed because {@link org.smartcityplanner.actionplan.ActionPlanApi}
 * takes and returns these types.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.smartcityplanner.actionplan.rules;
