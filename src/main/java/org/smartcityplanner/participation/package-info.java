/**
 * The people who make the plan: the province's participatory working group of all six sectors with its
 * appointment orders, the stakeholder registry (with PDPA consent), meetings and workshops with QR attendance
 * and minutes, the participation process by phases, and surveys answered online or on paper. It never imports
 * the plan: the plan and the reports read it through its API, its events and the publication contract.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "audit",
		"publicaccess", "publicaccess :: spi", "reference", "profile", "publication", "demo :: spi" })
package org.smartcityplanner.participation;
