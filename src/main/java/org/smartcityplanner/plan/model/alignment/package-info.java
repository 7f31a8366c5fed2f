/**
 * Alignment of a plan with national and provincial lists: coverage, matrix and gaps, returned by
 * {@link org.smartcityplanner.plan.PlanChecks} and read by other modules (e.g. the master-plan book).
 */
@org.springframework.modulith.NamedInterface("alignment")
package org.smartcityplanner.plan.model.alignment;
