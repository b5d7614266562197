package com.wildrydes.localpool.action;

/** A Cognito error answer. The message goes to the client as is, so it never contains a secret. */
public final class CognitoException extends RuntimeException {

    private final CognitoError error;

    public CognitoException(CognitoError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public CognitoError error() {
        return error;
    }

    /** Cognito's wording for a missing member, e.g. {@code Value null at 'clientId' ...}. */
    public static CognitoException validation(java.util.List<String> problems) {
        String count = problems.size() == 1 ? "1 validation error detected: " : problems.size() + " validation errors detected: ";
        return new CognitoException(CognitoError.INVALID_PARAMETER, count + String.join("; ", problems));
    }

    /** The text of one validation problem for a missing member. */
    public static String missing(String member) {
        return "Value null at '" + member + "' failed to satisfy constraint: Member must not be null";
    }
}
