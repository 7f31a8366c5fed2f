/**
 * The rendering engine: a neutral {@link org.smartcityplanner.documents.DocumentModel} (or
 * {@link org.smartcityplanner.documents.WorkbookModel}) in, DOCX, XLSX or PDF bytes out, in the form of a Thai
 * government document (A4, TH SarabunPSK 16 pt, Buddhist Era dates, optional Thai numerals). It knows nothing
 * about plans, provinces or people.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.smartcityplanner.documents;
