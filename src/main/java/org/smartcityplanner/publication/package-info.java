/**
 * The publication contract: how other modules (training, participation, later monitoring) get their content into
 * the province's publications without knowing the rendering engine. A module describes what it publishes in
 * neutral, framework-free records ({@link Publication}, {@link Part}, {@link Workbook}); it contributes
 * master-plan book chapters by declaring a {@link PublicationContributor} bean, and has its own files (a training
 * report, a certificate, an appointment order) rendered by the {@link Publisher} that the reports module provides.
 * A module of its own, apart from {@code reports}: reports reads the plan, and the plan reads participation, so a
 * contract inside reports would close a cycle (plan → participation → reports → plan).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "documents" })
package org.smartcityplanner.publication;
