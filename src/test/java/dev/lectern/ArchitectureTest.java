package dev.lectern;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The one-way arrows between features that DESIGN.md draws, pinned. */
class ArchitectureTest {

	// Spring AOT's generated bean registrations (LecternApplication__BeanFactoryRegistrations,
	// Foo__BeanDefinitions) wire every feature by design; the arrows are about our own code.
	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption((location) -> !location.contains("__"))
		.importPackages("dev.lectern");

	@Test
	void theCatalogueAndTheReaderKnowNoOtherFeature() {
		noClasses().that()
			.resideInAPackage("dev.lectern.content..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.lectern.reader..", "dev.lectern.progress..", "dev.lectern.quiz..", "dev.lectern.pages..", "dev.lectern.web..", "dev.lectern.feeds..", "dev.lectern.account..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("dev.lectern.reader..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.lectern.content..", "dev.lectern.progress..", "dev.lectern.quiz..", "dev.lectern.pages..", "dev.lectern.web..", "dev.lectern.feeds..", "dev.lectern.account..")
			.check(CLASSES);
	}

	@Test
	void progressAndQuizDoNotKnowEachOtherNorThePages() {
		noClasses().that()
			.resideInAPackage("dev.lectern.progress..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.lectern.quiz..", "dev.lectern.pages..", "dev.lectern.web..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("dev.lectern.quiz..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.lectern.progress..", "dev.lectern.pages..", "dev.lectern.web..")
			.check(CLASSES);
	}

	@Test
	void nothingImportsThePagesAndTheWebLayerImportsNoFeature() {
		noClasses().that()
			.resideOutsideOfPackage("dev.lectern.pages..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.lectern.pages..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("dev.lectern.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.lectern.content..", "dev.lectern.reader..", "dev.lectern.progress..", "dev.lectern.quiz..", "dev.lectern.pages..", "dev.lectern.feeds..", "dev.lectern.account..")
			.check(CLASSES);
	}

	@Test
	void accountsUseTheReaderAndNothingUsesAccounts() {
		noClasses().that()
			.resideInAPackage("dev.lectern.account..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.lectern.progress..", "dev.lectern.quiz..", "dev.lectern.pages..", "dev.lectern.web..", "dev.lectern.feeds..")
			.check(CLASSES);
		noClasses().that()
			.resideOutsideOfPackage("dev.lectern.account..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.lectern.account..")
			.check(CLASSES);
	}

	@Test
	void noCycles() {
		slices().matching("dev.lectern.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

}
