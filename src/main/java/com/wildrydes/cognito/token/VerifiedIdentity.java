package com.wildrydes.cognito.token;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who the verified tokens say the user is: what the pages need, read once at sign-in or refresh so
 * that no page view checks a signature again.
 *
 * @param sub             the user's stable id
 * @param username        {@code cognito:username} (a UUID in pools that sign in by email)
 * @param email           the email claim
 * @param emailVerified   the email_verified claim
 * @param groups          {@code cognito:groups}, empty when the user is in none
 * @param accessExpiresAt when the access token expires (refresh is due shortly before)
 * @param idTokenClaims   the ID token's claims as strings, for the ride page's table
 */
public record VerifiedIdentity(String sub, String username, String email, boolean emailVerified,
        List<String> groups, Instant accessExpiresAt, Map<String, String> idTokenClaims) implements Serializable {

    public VerifiedIdentity {
        groups = List.copyOf(groups);
        idTokenClaims = Collections.unmodifiableMap(new TreeMap<>(idTokenClaims)); // sorted for display
    }
}
