package com.wildrydes.cognito.error;

import java.util.Optional;

/**
 * The one exception the site sees from Cognito. Carries Cognito's own error code (the
 * {@code __type}, e.g. {@code UsernameExistsException}) and the site's {@link CognitoFailureReason}.
 * Its message never contains a password, code or token.
 */
public class CognitoAuthException extends RuntimeException {

    private final CognitoFailureReason failure;
    private final String cognitoCode;
    private final PasswordRule brokenRule;

    public CognitoAuthException(CognitoFailureReason failure, String cognitoCode, PasswordRule brokenRule,
            Throwable cause) {
        super(failure + (cognitoCode == null ? "" : " (" + cognitoCode + ")"), cause);
        this.failure = failure;
        this.cognitoCode = cognitoCode;
        this.brokenRule = brokenRule;
    }

    public CognitoAuthException(CognitoFailureReason failure, String cognitoCode, Throwable cause) {
        this(failure, cognitoCode, null, cause);
    }

    public CognitoFailureReason failure() {
        return failure;
    }

    /** Cognito's error code, or null when the failure was not an answer from Cognito (transport). */
    public String cognitoCode() {
        return cognitoCode;
    }

    /** For INVALID_PASSWORD: the policy rule Cognito named, when it named one. */
    public Optional<PasswordRule> brokenRule() {
        return Optional.ofNullable(brokenRule);
    }

    public String messageKey() {
        return failure.messageKey();
    }
}
