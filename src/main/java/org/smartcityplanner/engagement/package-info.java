/**
 * Province engagements of the institute: the team of consultants, the 180-day work period and its province.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "identity :: spi",
		"reference", "audit", "notification", "demo :: spi" })
package org.smartcityplanner.engagement;
