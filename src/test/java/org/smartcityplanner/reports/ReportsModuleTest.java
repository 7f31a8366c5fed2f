package org.smartcityplanner.reports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.smartcityplanner.testing.TestDatabaseInitializer;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The reports module with only the modules it depends on, MockMvc, and a node without LibreOffice. Every test
 * class that carries this annotation shares one application context (one boot for all of them). The report
 * worker polls at once and often, so a queued book is generated without waiting for the production delays.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// "system" holds the cross-cutting JDBC naming, JSON set-up, layout and error pages every module relies on
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "system")
@AutoConfigureMockMvc
@TestPropertySource(properties = { "scp.demo.enabled=false", "scp.documents.office-home=/nonexistent/libreoffice",
		"scp.reports.initial-delay=PT0.1S", "scp.reports.poll-interval=PT0.2S" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface ReportsModuleTest {
}
