/**
 * Read-only national reference data: provinces, smart dimensions, national strategy, master plans, NESDP
 * milestones, SDGs, the Smart City committee's criteria, budget sources and categories, and the indicator library.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.smartcityplanner.reference;
