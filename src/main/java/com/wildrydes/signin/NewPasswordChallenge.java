package com.wildrydes.signin;

import java.io.Serializable;
import java.time.Instant;

/**
 * Cognito's NEW_PASSWORD_REQUIRED challenge, kept in the HTTP session under {@link #SESSION_ATTRIBUTE}
 * (never in a page) until the new-password page answers it.
 *
 * @param username Cognito's username for the challenge
 * @param session  Cognito's challenge Session: secret, never printed
 * @param issuedAt when sign-in received it (Cognito's Session lives a few minutes)
 */
public record NewPasswordChallenge(String username, String session, Instant issuedAt) implements Serializable {

    public static final String SESSION_ATTRIBUTE = NewPasswordChallenge.class.getName();

    @Override
    public String toString() {
        return "NewPasswordChallenge[username=" + username + ", issuedAt=" + issuedAt + "]";
    }
}
