/**
 * Publications assembled from the other modules' public APIs and rendered by the documents engine: the
 * master-plan book (DOCX and PDF) generated in the background from a saved plan version, and the province's
 * documents page listing the generated files.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "documents", "plan",
		"plan :: model", "plan :: alignment", "plan :: readiness", "profile", "reference", "identity", "audit" })
package org.smartcityplanner.reports;
