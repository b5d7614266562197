package com.wildrydes.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Debian's Chromium and ChromeDriver are installed. On a developer
 * machine without them the tests are skipped with a notice; under CI=true they must run, so a
 * missing browser fails loudly instead of passing silently.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumAvailable.Condition.class)
public @interface ChromiumAvailable {

    Path CHROMIUM = Path.of("/usr/bin/chromium");
    Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The JUnit condition behind the annotation. */
    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
                return ConditionEvaluationResult.enabled("Chromium found");
            }
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but Chromium is missing: .ci/run must install "
                        + "the Debian packages chromium and chromium-driver");
            }
            String notice = "Browser tests skipped: install Debian's chromium and chromium-driver to run them";
            System.err.println("NOTICE: " + notice);
            return ConditionEvaluationResult.disabled(notice);
        }
    }
}
