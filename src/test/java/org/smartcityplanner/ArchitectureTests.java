package org.smartcityplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * House rules beyond module boundaries (see the architecture page).
 */
class ArchitectureTests {

	private static final String BASE = "org.smartcityplanner";
	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(BASE);
	}

	@Test
	void nothingOutsideWebUsesWeb() {
		noClasses().that().resideOutsideOfPackages(BASE + "..web..")
			.should().dependOnClassesThat().resideInAPackage(BASE + "..web..")
			.because("controllers, forms and templates are the outermost layer")
			.check(classes);
	}

	@Test
	void sharedValueTypesAndDomainRulesAreFrameworkFree() {
		// package-info carries the Modulith module declaration, which is metadata, not a runtime dependency
		noClasses().that().resideInAnyPackage(BASE + ".shared..", "..domain..", "..rules..", "..model..")
			.and().doNotHaveSimpleName("package-info")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
					"java.sql..", "javax.sql..")
			.because("value types and business rules must be testable without a container")
			.check(classes);
	}

	@Test
	void noRepositoryOrEntityInAModulesPublicPackage() {
		classes().that().areAnnotatedWith(org.springframework.data.relational.core.mapping.Table.class)
			.should().resideInAPackage("..internal..")
			.check(classes);
		classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
			.should().resideInAPackage("..internal..")
			.check(classes);
	}

	@Test
	void controllersLiveInWebPackages() {
		classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should().resideInAPackage("..web..")
			.check(classes);
	}
}
