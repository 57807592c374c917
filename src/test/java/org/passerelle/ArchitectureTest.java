package org.passerelle;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.Filter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.passerelle.shared.CsvExport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Service;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The rules of CONVENTIONS.md that a compiler does not check. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.passerelle");

    @Test
    void everyRouteSaysWhoMayOpenIt() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void onlyUiPackagesUseVaadin() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void requestFiltersAndSignInHandlersInUiPackagesAreThereBecauseTheyUseVaadin() {
        classes()
                .that()
                .resideInAPackage("..ui..")
                .and(assignableTo(Filter.class)
                        .or(assignableTo(AuthenticationFailureHandler.class))
                        .or(assignableTo(AuthenticationSuccessHandler.class))
                        .or(assignableTo(AccessDeniedHandler.class)))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .because("plain HTTP plumbing lives in a module's web package; ui is for what Vaadin shows")
                .check(CLASSES);
    }

    @Test
    void everyPublicServiceMethodIsGuardedByMethodSecurity() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .and()
                .doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .orShould()
                .beDeclaredInClassesThat()
                .areAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void onlyCsvExportWritesCsvSoNoExportForgetsToNeutraliseFormulas() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(CsvExport.class)
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(CSVPrinter.class)
                .orShould()
                .callMethodWhere(DescribedPredicate.describe(
                        "CSVFormat's printing methods",
                        call -> call.getTargetOwner().isEquivalentTo(CSVFormat.class)
                                && call.getName().matches("print.*|format")))
                .because("CsvExport neutralises text that a spreadsheet would run as a formula")
                .check(CLASSES);
    }

    @Test
    void noSpreadsheetCellIsEverWrittenAsAFormula() {
        noClasses()
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "Cell.setCellFormula", call -> call.getName().equals("setCellFormula")))
                .because("text in XLSX files is written as string cells (SpreadsheetText.inXlsx)")
                .check(CLASSES);
    }

    @Test
    void viewsDoNotReachIntoRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void testsOfTheWholeApplicationShareItsOneConfiguration() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.passerelle");
        noClasses()
                .that()
                .resideOutsideOfPackage("org.passerelle.bench..")
                .and()
                .doNotHaveSimpleName("PasserelleTest")
                .should()
                .beAnnotatedWith(SpringBootTest.class)
                .orShould()
                .beAnnotatedWith(TestPropertySource.class)
                .because("a test with a configuration of its own starts a second application (@PasserelleTest)")
                .check(tests);
        ArchRuleDefinition.noFields()
                .that()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage("org.passerelle.bench..")
                .should()
                .beAnnotatedWith(MockitoBean.class)
                .orShould()
                .beAnnotatedWith(MockitoSpyBean.class)
                .because("an overridden bean starts a second application (see RecordsThatCanFail)")
                .check(tests);
        ArchRuleDefinition.noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage("org.passerelle.bench..")
                .should()
                .beAnnotatedWith(DynamicPropertySource.class)
                .because("properties of one test's own start a second application (@PasserelleTest)")
                .check(tests);
    }
}
