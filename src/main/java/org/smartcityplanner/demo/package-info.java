/**
 * Fictional demo data for the default profile: one province with two target areas, an engagement and one user
 * of each role, and a training cohort of 65 trainees. Never active in the prod profile.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "engagement",
		"profile", "reference", "plan", "plan :: model", "training",
		"actionplan", "actionplan :: rules" })
package org.smartcityplanner.demo;
