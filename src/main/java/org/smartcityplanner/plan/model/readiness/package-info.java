/**
 * The committee's readiness check of a plan, returned by {@link org.smartcityplanner.plan.PlanChecks} and read
 * by other modules (e.g. the master-plan book).
 */
@org.springframework.modulith.NamedInterface("readiness")
package org.smartcityplanner.plan.model.readiness;
