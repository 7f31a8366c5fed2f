/**
 * Home page and province overviews: engagements and target areas read from their modules' APIs, plan and action
 * plan figures from a read model the plan's and the action plan's events keep.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "reference",
		"engagement", "profile", "plan", "plan :: model", "actionplan" })
package org.smartcityplanner.dashboard;
