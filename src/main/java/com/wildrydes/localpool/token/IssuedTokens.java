package com.wildrydes.localpool.token;

/**
 * A freshly signed ID and access token.
 *
 * @param expiresInSeconds the access token's lifetime, Cognito's {@code ExpiresIn}
 */
public record IssuedTokens(String idToken, String accessToken, long expiresInSeconds) {

    /** Tokens are bearer credentials: they stay out of logs. */
    @Override
    public String toString() {
        return "IssuedTokens[idToken=<hidden>, accessToken=<hidden>, expiresInSeconds=" + expiresInSeconds + "]";
    }
}
