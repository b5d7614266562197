package com.wildrydes.localpool.user;

import java.time.Instant;

/**
 * An issued refresh token, known only by its SHA-256 hash so the store never holds a usable token.
 *
 * @param tokenHash  hex SHA-256 of the opaque token
 * @param poolId     the pool
 * @param clientId   the client it was issued to
 * @param username   the stored username
 * @param originJti  the origin_jti shared by every token of this sign-in (RevokeToken revokes them all)
 * @param issuedAt   when the sign-in happened
 * @param expiresAt  it no longer works from this instant
 * @param revoked    true after RevokeToken
 */
public record RefreshGrant(String tokenHash, String poolId, String clientId, String username, String originJti,
        Instant issuedAt, Instant expiresAt, boolean revoked) {

    public RefreshGrant revoke() {
        return new RefreshGrant(tokenHash, poolId, clientId, username, originJti, issuedAt, expiresAt, true);
    }
}
