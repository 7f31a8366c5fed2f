/**
 * The framework-free plan document and its rules: the types {@link org.smartcityplanner.plan.PlanApi} takes and
 * returns, exposed so other modules (e.g. the demo data) can build and read a plan.
 */
@org.springframework.modulith.NamedInterface("model")
package org.smartcityplanner.plan.model;
