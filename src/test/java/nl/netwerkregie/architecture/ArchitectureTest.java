package nl.netwerkregie.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What Spring Modulith does not check: the layers inside a feature. Views stay thin (no engine, no
 * repository, no process step), and services never reach up into a view.
 */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.netwerkregie");

    @Test
    void viewsNeverTouchTheProcessEngine() {
        ArchRule rule = noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm..")
                .because("views call their feature's services; only services and delegates talk to Camunda");
        rule.check(MAIN);
    }

    @Test
    void viewsNeverTouchRepositories() {
        ArchRule rule = noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("a feature's service owns its tables, its role checks and its transaction");
        rule.check(MAIN);
    }

    @Test
    void servicesNeverImportAView() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .because("formatting and rendering live outside ui; a service must work without a screen");
        rule.check(MAIN);
    }

    @Test
    void processStepsAreNotReachableFromViews() {
        ArchRule rule = noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Steps")
                .orShould().dependOnClassesThat(and(resideInAPackage("..process.."), metaAnnotatedWith(Component.class)))
                .because("process steps check no role: only the engine's delegates may call them");
        rule.check(MAIN);
    }

    @Test
    void processStepsAreCalledByDelegatesOnly() {
        ArchRule rule = classes().that().haveSimpleNameEndingWith("Steps")
                .should().onlyBeAccessed().byClassesThat(resideInAPackage("..process..")
                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Steps")))
                .because("process steps check no role: only the engine's delegates may call them");
        rule.allowEmptyShould(true).check(MAIN);
    }

    /**
     * Issue 17: a name typed as {@code =HYPERLINK(...)} must reach no export as a live formula. ExcelCsv neutralises
     * every cell, so every CSV must be written by it: nobody else makes a CSVPrinter or prints with a CSVFormat.
     */
    @Test
    void everyCsvIsWrittenByExcelCsv() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("nl.netwerkregie.shared.csv")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                        org.apache.commons.csv.CSVPrinter.class))))
                .orShould().callMethod(org.apache.commons.csv.CSVFormat.class, "print", Appendable.class)
                .because("ExcelCsv makes every cell formula-neutral (OWASP's CSV injection rule)");
        rule.check(MAIN);
    }
}
