package com.wildrydes;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The map of README's "Code layout", checked: every main class lives in a package named here; only {@code cognito}
 * talks to the user-pool SDK; the site and the embedded local pool never import each other (they meet only over
 * HTTP); the shared SRP conventions and the local-mode switch depend on neither side; the site's feature packages
 * reach Cognito only through {@code cognito}; the cognito jobs and the pool's layers point one way.
 */
@AnalyzeClasses(packages = "com.wildrydes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The site, packaged by feature, plus its one door to Cognito. */
    private static final String[] SITE = {
        "com.wildrydes.account..", "com.wildrydes.signin..", "com.wildrydes.ride..", "com.wildrydes.admin..",
        "com.wildrydes.outbox..", "com.wildrydes.system..", "com.wildrydes.operations..", "com.wildrydes.provision..",
        "com.wildrydes.ratelimit..", "com.wildrydes.cognito.."};

    /** Every package of the code layout; a new package is added here and to README's map together. */
    private static final String[] KNOWN = {
        "com.wildrydes", "com.wildrydes.account", "com.wildrydes.signin", "com.wildrydes.ride", "com.wildrydes.admin",
        "com.wildrydes.outbox", "com.wildrydes.system", "com.wildrydes.operations", "com.wildrydes.provision",
        "com.wildrydes.ratelimit", "com.wildrydes.cognito.auth", "com.wildrydes.cognito.config", "com.wildrydes.cognito.directory",
        "com.wildrydes.cognito.error", "com.wildrydes.cognito.provision", "com.wildrydes.cognito.srp",
        "com.wildrydes.cognito.token", "com.wildrydes.srp", "com.wildrydes.localmode",
        "com.wildrydes.localpool", "com.wildrydes.localpool.protocol", "com.wildrydes.localpool.action",
        "com.wildrydes.localpool.action.code", "com.wildrydes.localpool.action.lookup",
        "com.wildrydes.localpool.action.rules", "com.wildrydes.localpool.action.shape",
        "com.wildrydes.localpool.action.signin", "com.wildrydes.localpool.wire", "com.wildrydes.localpool.user",
        "com.wildrydes.localpool.outbox", "com.wildrydes.localpool.srp", "com.wildrydes.localpool.token",
        "com.wildrydes.localpool.identity", "com.wildrydes.localpool.sts", "com.wildrydes.localpool.webauthn"};

    @ArchTest
    static final ArchRule everyClassLivesInAMappedPackage = classes().should().resideInAnyPackage(KNOWN)
            .because("README's Code layout names every package; a new one belongs on the map");

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
    static final ArchRule sharedSrpDependsOnNeitherSide = noClasses()
            .that().resideInAPackage("com.wildrydes.srp..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.wildrydes.localpool..", "com.wildrydes.cognito..", "org.springframework..")
            .because("Cognito's SRP conventions are shared arithmetic both sides reuse, not a channel between them");

    @ArchTest
    static final ArchRule localModeDependsOnNeitherSide = noClasses()
            .that().resideInAPackage("com.wildrydes.localmode..")
            .should().dependOnClassesThat().resideInAnyPackage(SITE)
            .orShould().dependOnClassesThat().resideInAPackage("com.wildrydes.localpool..")
            .because("whether the local pool runs is one switch both sides read, not a channel between them");

    @ArchTest
    static final ArchRule cognitoKnowsNoPage = noClasses()
            .that().resideInAPackage("com.wildrydes.cognito..")
            .should().dependOnClassesThat().resideInAnyPackage("com.wildrydes.account..", "com.wildrydes.signin..",
                    "com.wildrydes.ride..", "com.wildrydes.admin..", "com.wildrydes.outbox..", "com.wildrydes.system..",
                    "com.wildrydes.operations..", "com.wildrydes.provision..", "com.wildrydes.ratelimit..")
            .because("pages call cognito, never the other way round");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOther = slices()
            .matching("com.wildrydes.(account|signin|ride|admin|outbox)..").should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("com.wildrydes.signin"))
            .because("a feature package is read on its own; the signed-in session (signin) is the one they share");

    @ArchTest
    static final ArchRule cognitoJobsHaveNoCycles = slices().matching("com.wildrydes.cognito.(*)..")
            .should().beFreeOfCycles()
            .because("each cognito job (auth, config, directory, error, provision, srp, token) is read and changed apart");

    @ArchTest
    static final ArchRule localPoolLayersPointDownward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Configuration").definedBy("com.wildrydes.localpool")
            .layer("Protocol").definedBy("com.wildrydes.localpool.protocol..")
            .layer("Action").definedBy("com.wildrydes.localpool.action..")
            .layer("Identity").definedBy("com.wildrydes.localpool.identity..")
            .layer("Sts").definedBy("com.wildrydes.localpool.sts..")
            .layer("Wire").definedBy("com.wildrydes.localpool.wire..")
            .layer("Domain").definedBy("com.wildrydes.localpool.user..", "com.wildrydes.localpool.outbox..")
            .layer("Crypto").definedBy("com.wildrydes.localpool.srp..", "com.wildrydes.localpool.token..",
                    "com.wildrydes.localpool.webauthn..")
            .whereLayer("Configuration").mayNotBeAccessedByAnyLayer()
            .whereLayer("Protocol").mayOnlyBeAccessedByLayers("Configuration")
            .whereLayer("Action").mayOnlyBeAccessedByLayers("Configuration", "Protocol", "Identity")
            .whereLayer("Identity").mayOnlyBeAccessedByLayers("Configuration", "Protocol", "Sts")
            .whereLayer("Sts").mayOnlyBeAccessedByLayers("Protocol")
            .whereLayer("Wire").mayOnlyBeAccessedByLayers("Protocol", "Action", "Identity")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Configuration", "Protocol", "Action")
            .whereLayer("Crypto").mayOnlyBeAccessedByLayers("Configuration", "Protocol", "Action", "Identity", "Domain");
}
