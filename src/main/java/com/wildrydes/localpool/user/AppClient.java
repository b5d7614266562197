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
 */
public record AppClient(String poolId, String clientId, String name, String secret,
        List<String> explicitAuthFlows, TokenValidity accessTokenValidity, TokenValidity idTokenValidity,
        TokenValidity refreshTokenValidity, Instant createdAt, Instant modifiedAt) {

    public AppClient {
        explicitAuthFlows = List.copyOf(explicitAuthFlows);
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
