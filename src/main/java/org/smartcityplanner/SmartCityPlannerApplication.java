package org.smartcityplanner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Smart City Planner: one application whose top-level packages are modules checked by Spring Modulith.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class SmartCityPlannerApplication {

	public static void main(String[] args) {
		SpringApplication.run(SmartCityPlannerApplication.class, args);
	}
}
