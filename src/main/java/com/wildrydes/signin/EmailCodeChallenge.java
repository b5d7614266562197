package com.wildrydes.signin;

import java.io.Serializable;
import java.time.Instant;

/**
 * Cognito's EMAIL_OTP challenge, kept in the HTTP session under {@link #SESSION_ATTRIBUTE} (never in a page) until
 * the code page answers it.
 *
 * @param email       the email typed on the sign-in page (shown again if sign-in has to start over)
 * @param username    Cognito's username for the challenge
 * @param session     Cognito's challenge Session: secret, never printed
 * @param destination where the code went, masked as Cognito gives it (a***@e***)
 * @param issuedAt    when sign-in received it (Cognito's Session lives a few minutes)
 */
record EmailCodeChallenge(String email, String username, String session, String destination, Instant issuedAt)
        implements Serializable {

    static final String SESSION_ATTRIBUTE = EmailCodeChallenge.class.getName();

    @Override
    public String toString() {
        return "EmailCodeChallenge[destination=" + destination + ", issuedAt=" + issuedAt + "]";
    }
}
