package org.smartcityplanner.training;

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
 * The training module with the modules it depends on (identity, reference, audit, and reports with what reports
 * needs, through the publication contract), with MockMvc, on a database of its own and on a node without
 * LibreOffice (no training test needs a PDF made; one checks what a trainee is told when none can be). Every test
 * class that carries this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// "system" holds the cross-cutting JDBC naming, JSON set-up, layout and error pages every module relies on
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "system")
@AutoConfigureMockMvc
@TestPropertySource(properties = { "scp.demo.enabled=false", "scp.documents.office-home=/nonexistent/libreoffice" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface TrainingModuleTest {
}
