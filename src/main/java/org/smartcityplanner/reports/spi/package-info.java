/**
 * The publication contract ({@code reports :: spi}): how other modules (training today, participation and
 * monitoring later) get their content into the province's publications without knowing the rendering engine.
 * A module describes what it publishes in neutral, framework-free records ({@link Publication}, {@link Part},
 * {@link Workbook}); it contributes master-plan book chapters by declaring a {@link PublicationContributor} bean,
 * and has its own files (a training report, a certificate) rendered by the {@link Publisher} that the reports
 * module provides.
 */
@org.springframework.modulith.NamedInterface("spi")
package org.smartcityplanner.reports.spi;
