package dev.tandem.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * How every service's code is laid out, checked on its compiled classes: a package per feature, with its own small
 * layers. Features depend on each other one way only, so a feature can be read, and changed, knowing only those below
 * it; and a feature's domain is plain logic that knows none of the adapters around it (resources, repositories,
 * messaging, services, clients, configuration). A service's test extends this and names its base package.
 */
public abstract class ArchitectureContract {

    private static final String[] ADAPTERS = {
        "..rest..", "..repository..", "..messaging..", "..service..", "..client..", "..config.."
    };

    /** The service's base package, such as {@code dev.tandem.health}. */
    protected abstract String basePackage();

    private JavaClasses mainClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage());
    }

    @Test
    void featuresDependOnEachOtherOneWayOnly() {
        slices().matching(basePackage() + ".(*)..")
                .namingSlices("feature $1")
                .should()
                .beFreeOfCycles()
                .check(mainClasses());
    }

    @Test
    void domainCodeKnowsNoAdapters() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ADAPTERS)
                .because("domain logic is plain Java that adapters call, never the other way round")
                .allowEmptyShould(true)
                .check(mainClasses());
    }
}
