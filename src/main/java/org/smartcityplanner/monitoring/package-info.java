/**
 * Follow-up of an adopted plan: reporting periods, KPI values reported by their owners and approved by the
 * coordinator, project progress against the adopted action plan, reminders and renewal readiness.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "identity :: spi",
		"reference", "audit", "plan", "plan :: model", "actionplan", "notification", "demo :: spi" })
package org.smartcityplanner.monitoring;
