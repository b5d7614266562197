package com.wildrydes.localpool.token;

/**
 * An access token this pool will not accept. The message is Cognito's wording for the case and never
 * contains the token.
 */
public final class InvalidAccessTokenException extends RuntimeException {

    /** Why the token was refused. */
    public enum Reason {
        MALFORMED("Invalid Access Token"),
        BAD_SIGNATURE("Invalid Access Token"),
        WRONG_TOKEN_USE("Invalid Access Token"),
        WRONG_ISSUER("Invalid Access Token"),
        EXPIRED("Access Token has expired");

        private final String cognitoMessage;

        Reason(String cognitoMessage) {
            this.cognitoMessage = cognitoMessage;
        }
    }

    private final Reason reason;

    public InvalidAccessTokenException(Reason reason) {
        super(reason.cognitoMessage);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
