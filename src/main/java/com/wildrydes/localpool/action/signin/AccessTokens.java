package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.token.AccessTokenClaims;
import com.wildrydes.localpool.token.InvalidAccessTokenException;
import com.wildrydes.localpool.user.RefreshGrant;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Authenticates the callers of GetUser, GlobalSignOut, ChangePassword by their access token. */
public final class AccessTokens {

    /** The user an access token speaks for, and the sign-in it came from. */
    public record Bearer(UserPool pool, StoredUser user, AccessTokenClaims claims, RefreshGrant grant) {
    }

    private final PoolServices services;
    private final JsonMapper json = JsonMapper.builder().build();

    public AccessTokens(PoolServices services) {
        this.services = services;
    }

    public Bearer authenticate(String accessToken) {
        String poolId = claimedPoolId(accessToken);
        AccessTokenClaims claims;
        try {
            claims = services.accessTokens().read(accessToken, services.issuer(poolId));
        } catch (InvalidAccessTokenException e) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, e.getMessage());
        }
        return services.store().read(view -> {
            UserPool pool = Pools.require(view, poolId);
            // Cognito's answer for the token of a user deleted since (GetUser lists UserNotFoundException)
            StoredUser user = view.user(poolId, claims.username()).orElseThrow(() ->
                    new PoolException(PoolError.USER_NOT_FOUND, "User does not exist."));
            RefreshGrant grant = view.grantByOriginJti(claims.originJti()).orElse(null);
            if (grant == null || Revocation.isRevoked(grant, user)) {
                throw new PoolException(PoolError.NOT_AUTHORIZED, "Access Token has been revoked");
            }
            if (!user.enabled()) {
                throw new PoolException(PoolError.NOT_AUTHORIZED, "User is disabled.");
            }
            return new Bearer(pool, user, claims, grant);
        });
    }

    /**
     * The pool named by the token's (not yet verified) issuer; the reader then verifies signature and issuer
     * together, so a forged issuer gains nothing.
     */
    private String claimedPoolId(String accessToken) {
        String prefix = services.issuerBase() + "/";
        try {
            String[] parts = accessToken.split("\\.");
            JsonNode payload = json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            String issuer = payload.path("iss").asString("");
            if (issuer.startsWith(prefix)) {
                return issuer.substring(prefix.length());
            }
        } catch (RuntimeException malformed) {
            // reported below as Cognito does
        }
        throw new PoolException(PoolError.NOT_AUTHORIZED, "Invalid Access Token");
    }
}
