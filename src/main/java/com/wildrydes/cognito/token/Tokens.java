package com.wildrydes.cognito.token;

import java.io.Serializable;
import java.time.Instant;

/** What a successful sign-in returns; lives in the HTTP session only. */
public record Tokens(String idToken, String accessToken, String refreshToken, Instant expiresAt)
        implements Serializable {

    @Override
    public String toString() {
        return "Tokens[expiresAt=" + expiresAt + "]"; // never print the tokens themselves
    }
}
