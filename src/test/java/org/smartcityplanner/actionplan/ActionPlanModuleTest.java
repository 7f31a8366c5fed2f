package org.smartcityplanner.actionplan;

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
 * The action-plan module with only the modules it depends on (plan, profile, reference, identity, audit; not
 * reports, training, engagement, dashboard or demo), with MockMvc, on a database of its own. Every test class
 * that carries this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// "system" holds the cross-cutting JDBC naming, JSON set-up, layout and error pages every module relies on
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "system")
@AutoConfigureMockMvc
@TestPropertySource(properties = "scp.demo.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface ActionPlanModuleTest {
}
