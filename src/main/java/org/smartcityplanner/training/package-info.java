/**
 * Capacity building: the Smart City curriculum and its versions, province cohorts of 60+ trainees with sessions,
 * PDPA-aware registration, QR attendance, pre/post tests with normalised gain, satisfaction surveys,
 * certificates and a Thai word-aware case-study library. Its report, certificates and master-plan book chapter
 * go through the publication contract ({@code publication}); it never touches the rendering engine.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "reference", "audit", "publicaccess",
		"publicaccess :: spi",
		"publication", "demo :: spi" })
package org.smartcityplanner.training;
