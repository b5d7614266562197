package com.wildrydes.localpool.user;

import java.time.Instant;
import java.util.List;

/**
 * An app client of a pool.
 *
 * @param poolId               the pool it belongs to
 * @param clientId             26 lowercase alphanumerics
 * @param name                 e.g. WildRydesWebApp
 * @param secret               the client secret, or null when the client has none
 * @param explicitAuthFlows    the flows as configured (ALLOW_USER_SRP_AUTH, ... or legacy names)
 * @param accessTokenValidity  access token lifetime
 * @param idTokenValidity      ID token lifetime
 * @param refreshTokenValidity refresh token lifetime
 * @param createdAt            creation time
 * @param modifiedAt           last change
 * @param preventUserExistenceErrors ENABLED or LEGACY (the default, also for clients stored before it existed)
 */
public record AppClient(String poolId, String clientId, String name, String secret,
        List<String> explicitAuthFlows, TokenValidity accessTokenValidity, TokenValidity idTokenValidity,
        TokenValidity refreshTokenValidity, Instant createdAt, Instant modifiedAt, String preventUserExistenceErrors) {

    public static final String LEGACY = "LEGACY";
    public static final String ENABLED = "ENABLED";

    public AppClient {
        explicitAuthFlows = List.copyOf(explicitAuthFlows);
        preventUserExistenceErrors = preventUserExistenceErrors == null ? LEGACY : preventUserExistenceErrors;
    }

    /** A LEGACY client, as the API creates one without PreventUserExistenceErrors. */
    public AppClient(String poolId, String clientId, String name, String secret, List<String> explicitAuthFlows,
            TokenValidity accessTokenValidity, TokenValidity idTokenValidity, TokenValidity refreshTokenValidity,
            Instant createdAt, Instant modifiedAt) {
        this(poolId, clientId, name, secret, explicitAuthFlows, accessTokenValidity, idTokenValidity,
                refreshTokenValidity, createdAt, modifiedAt, LEGACY);
    }

    /** True when answers must not tell whether a user exists (PreventUserExistenceErrors ENABLED). */
    public boolean hidesUserExistence() {
        return ENABLED.equals(preventUserExistenceErrors);
    }

    public boolean hasSecret() {
        return secret != null;
    }

    @Override
    public String toString() {
        return "AppClient[poolId=" + poolId + ", clientId=" + clientId + ", name=" + name
                + ", secret=" + (hasSecret() ? "****" : "none") + ", explicitAuthFlows=" + explicitAuthFlows + "]";
    }
}
