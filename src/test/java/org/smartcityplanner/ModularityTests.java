package org.smartcityplanner;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules only use each other's public API and only the dependencies their package-info allows; no cycles.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(SmartCityPlannerApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
