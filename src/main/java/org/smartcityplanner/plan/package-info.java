/**
 * The Smart City Master Plan: period, vision, goals, strategies, projects and KPIs per smart dimension, their
 * alignment with national and provincial plans, the committee's readiness check and named versions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "reference", "profile",
		"participation", "participation :: spi", "identity", "audit", "demo :: spi" })
package org.smartcityplanner.plan;
