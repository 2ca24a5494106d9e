package org.warroom.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guide's rules, checked on the compiled classes. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.warroom");
    }

    @Test
    void viewsNeverTalkToDaos() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().resideInAPackage("..db..")
                .because("a view talks to its view model, which calls services").check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("view models are tested without a window").check(classes);
    }

    @Test
    void noJdbcInTheUi() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..")
                .check(classes);
    }

    @Test
    void daosAndServicesKnowNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage("..db..", "org.warroom.org", "org.warroom.people", "org.warroom.geography",
                "org.warroom.demo", "org.warroom.cli", "org.warroom.posts", "org.warroom.operators",
                "org.warroom.audit", "org.warroom.platform.audit").should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        // Main hands the command line to the CLI, which opens the window through Main's callback
        slices().matching("org.warroom.(*)..").should().beFreeOfCycles()
                .ignoreDependency(org.warroom.app.Main.class, org.warroom.cli.WarRoomCommand.class)
                .ignoreDependency(org.warroom.app.Main.class, org.warroom.cli.CliErrors.class)
                .ignoreDependency(org.warroom.app.Main.class, org.warroom.cli.WindowCommand.class)
                .check(classes);
    }

    @Test
    void featuresMeetThroughServicesNotEachOthersDaos() {
        noClasses().that().resideOutsideOfPackage("org.warroom.org..").should().dependOnClassesThat().resideInAPackage("org.warroom.org.db..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.warroom.people..").should().dependOnClassesThat().resideInAPackage("org.warroom.people.db..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.warroom.posts..").should().dependOnClassesThat().resideInAPackage("org.warroom.posts.db..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.warroom.operators..").should().dependOnClassesThat().resideInAPackage("org.warroom.operators.db..")
                .check(classes);
    }

    @Test
    void onlyTheCliPrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.warroom.cli..").should().accessField(System.class, "out")
                .because("the window logs through SLF4J; only commands print").check(classes);
    }
}
