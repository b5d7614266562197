package com.wildrydes.cognito;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The cognito sub-packages are layered, not tangled: error and config at the bottom, then token, directory and
 * provision, then auth. A cycle would mean two jobs can no longer be read or changed apart.
 */
@AnalyzeClasses(packages = "com.wildrydes.cognito", importOptions = ImportOption.DoNotIncludeTests.class)
class CognitoPackagesTests {

    @ArchTest
    static final ArchRule jobsDependOnEachOtherWithoutCycles = slices().matching("com.wildrydes.cognito.(*)..")
            .should().beFreeOfCycles();
}
