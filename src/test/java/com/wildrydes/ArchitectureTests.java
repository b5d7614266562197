package com.wildrydes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries the guide promises: only {@code cognito} talks to the AWS SDK; the site and the
 * embedded local pool never import each other (they meet only over HTTP); the pool's layers point downward.
 */
@AnalyzeClasses(packages = "com.wildrydes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] SITE = {
        "com.wildrydes.account..", "com.wildrydes.signin..", "com.wildrydes.ride..", "com.wildrydes.admin..",
        "com.wildrydes.cognito..", "com.wildrydes.system..", "com.wildrydes.outbox..", "com.wildrydes.home..",
        "com.wildrydes.provision..", "com.wildrydes.operations.."};

    @ArchTest
    static final ArchRule onlyCognitoImportsTheAwsSdk = noClasses()
            .that().resideOutsideOfPackage("com.wildrydes.cognito..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
            .because("the cognito package is the site's one door to AWS");

    @ArchTest
    static final ArchRule siteNeverImportsTheLocalPool = noClasses()
            .that().resideInAnyPackage(SITE)
            .should().dependOnClassesThat().resideInAPackage("com.wildrydes.localpool..")
            .because("the site reaches the local pool only over HTTP, as it reaches Cognito");

    @ArchTest
    static final ArchRule localPoolNeverImportsTheSite = noClasses()
            .that().resideInAPackage("com.wildrydes.localpool..")
            .should().dependOnClassesThat().resideInAnyPackage(SITE)
            .because("the local pool is a stand-in for Cognito and knows nothing of the site");

    @ArchTest
    static final ArchRule sharedSrpMathDependsOnNeitherSide = noClasses()
            .that().resideInAPackage("com.wildrydes.srp..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.wildrydes.localpool..", "com.wildrydes.cognito..", "org.springframework..")
            .because("Cognito's SRP conventions are plain arithmetic both sides reuse, not a channel between them");

    @ArchTest
    static final ArchRule localPoolLayersPointDownward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Configuration").definedBy("com.wildrydes.localpool")
            .layer("Protocol").definedBy("com.wildrydes.localpool.protocol..")
            .layer("Action").definedBy("com.wildrydes.localpool.action..")
            .layer("Domain").definedBy("com.wildrydes.localpool.user..", "com.wildrydes.localpool.outbox..")
            .layer("Crypto").definedBy("com.wildrydes.localpool.srp..", "com.wildrydes.localpool.token..")
            .whereLayer("Configuration").mayNotBeAccessedByAnyLayer()
            .whereLayer("Protocol").mayOnlyBeAccessedByLayers("Configuration")
            .whereLayer("Action").mayOnlyBeAccessedByLayers("Configuration", "Protocol")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Configuration", "Protocol", "Action")
            .whereLayer("Crypto").mayOnlyBeAccessedByLayers("Configuration", "Protocol", "Action", "Domain");
}
