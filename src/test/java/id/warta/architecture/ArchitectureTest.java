package id.warta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of docs/architecture.md, checked on every build. */
@AnalyzeClasses(packages = "id.warta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("app").definedBy("id.warta.app..")
            .layer("ui").definedBy("id.warta.ui..")
            .layer("cli").definedBy("id.warta.cli..")
            .layer("ical").definedBy("id.warta.ical..")
            .layer("persistence").definedBy("id.warta.persistence..")
            .layer("service").definedBy("id.warta.service..")
            .layer("ethics").definedBy("id.warta.ethics..")
            .layer("domain").definedBy("id.warta.domain..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("ical").mayOnlyBeAccessedByLayers("app")
            .whereLayer("persistence").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("app", "ui", "cli", "ical", "persistence")
            .whereLayer("ethics").mayOnlyBeAccessedByLayers("app", "ui", "cli", "ical", "service")
            .because("the composition root wires everything; features depend inwards only");

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = classes().that().resideInAPackage("id.warta.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("id.warta.domain..", "java..")
            .because("the domain is plain Java: records, enums and rules");

    @ArchTest
    static final ArchRule onlyPersistenceTouchesSql = noClasses().that().resideOutsideOfPackage("id.warta.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
            .because("SQL stays behind the repository interfaces so PostgreSQL can follow");

    @ArchTest
    static final ArchRule onlyIcalUsesIcal4j = noClasses().that().resideOutsideOfPackage("id.warta.ical..")
            .should().dependOnClassesThat().resideInAPackage("net.fortuna.ical4j..")
            .because("iCalendar details live in one package");

    @ArchTest
    static final ArchRule viewModelsNeverSeeControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view-models are tested without a toolkit; views are thin");

    @ArchTest
    static final ArchRule noJavaFxBelowTheUi = noClasses().that()
            .resideInAnyPackage("id.warta.domain..", "id.warta.service..", "id.warta.ethics..", "id.warta.persistence..",
                    "id.warta.cli..", "id.warta.ical..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "com.calendarfx..",
                    "org.fxmisc..", "org.controlsfx..")
            .because("only ui and app know JavaFX");

    @ArchTest
    static final ArchRule noCycles = slices().matching("id.warta.(*)..").should().beFreeOfCycles();
}
