package com.wildrydes.signin;

import java.io.Serializable;
import java.time.Instant;

/**
 * Cognito's WEB_AUTHN challenge, kept in the HTTP session under {@link #SESSION_ATTRIBUTE} until the passkey page
 * answers it. Only {@code requestOptions} reaches the page (WebAuthn's challenge is public by design); Cognito's
 * Session never does.
 *
 * @param email          the email typed on the sign-in page (kept if sign-in has to start over)
 * @param username       Cognito's username for the challenge
 * @param session        Cognito's challenge Session: secret, never printed
 * @param requestOptions CREDENTIAL_REQUEST_OPTIONS (JSON) for {@code navigator.credentials.get}
 * @param issuedAt       when sign-in received it (Cognito's Session lives a few minutes)
 */
public record PasskeyChallenge(String email, String username, String session, String requestOptions, Instant issuedAt)
        implements Serializable {

    public static final String SESSION_ATTRIBUTE = PasskeyChallenge.class.getName();

    @Override
    public String toString() {
        return "PasskeyChallenge[issuedAt=" + issuedAt + "]";
    }
}
