package org.smartcityplanner.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a private test database, with MockMvc, without demo data (tests make their own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "scp.demo.enabled=false")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {
}
