/**
 * Home page and province overviews, read from the business modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "reference",
		"engagement", "profile" })
package org.smartcityplanner.dashboard;
