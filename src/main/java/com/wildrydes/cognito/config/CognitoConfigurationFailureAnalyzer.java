package com.wildrydes.cognito.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a settings mistake into Spring Boot's short "APPLICATION FAILED TO START" report instead of a stack trace. */
class CognitoConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<CognitoConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CognitoConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID (plus COGNITO_CLIENT_SECRET if the app client has one)"
                        + " for a real pool, or leave all of them empty to use the embedded local pool; see README.md.",
                cause);
    }
}
