/**
 * Publications assembled from the other modules' public APIs and rendered by the documents engine: the
 * master-plan book (DOCX and PDF) generated in the background from a saved plan version, and the province's
 * documents page listing the generated files; the action-plan workbook (XLSX) and the proposal forms of each
 * budget source (DOCX), made on demand from the adopted fiscal-year action plan. Other modules publish through
 * {@code publication}: they contribute book chapters ({@code PublicationContributor} beans) and have their own
 * files (training report, certificates) rendered by its {@code Publisher}, never touching the documents engine.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "documents", "plan",
		"plan :: model", "plan :: alignment", "plan :: readiness", "actionplan", "actionplan :: rules", "profile", "reference", "identity", "audit", "publication" })
package org.smartcityplanner.reports;
