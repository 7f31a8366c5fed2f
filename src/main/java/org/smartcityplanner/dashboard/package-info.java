/**
 * Home page and province overviews: engagements and target areas read from their modules' APIs; plan, action
 * plan and training figures from a read model the plan's, the action plan's and training's events keep.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "reference", "audit",
		"engagement", "profile", "plan", "plan :: model", "plan :: readiness", "actionplan", "training", "participation" })
package org.smartcityplanner.dashboard;
