package com.wildrydes.localpool.token;

import java.time.Instant;

/** What the pool needs from a verified access token (GetUser, GlobalSignOut, ChangePassword, ...). */
public record AccessTokenClaims(String sub, String username, String clientId, String jti, String originJti,
        Instant issuedAt, Instant expiresAt) {
}
