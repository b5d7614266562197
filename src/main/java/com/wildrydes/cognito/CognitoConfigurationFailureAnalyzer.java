package com.wildrydes.cognito;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a settings mistake into Spring Boot's short "APPLICATION FAILED TO START" report instead of a stack trace. */
class CognitoConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<CognitoConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CognitoConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the Cognito settings (README.md, section Settings) or unset them all to use the embedded local pool.",
                cause);
    }
}
