package com.wildrydes.localpool.token;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who a pair of tokens is for.
 *
 * @param sub           the user's immutable id (a UUID)
 * @param username      the stored username: {@code cognito:username} and the access token's {@code username}
 * @param email         null to leave the claim out
 * @param groups        the user's groups; an empty list leaves {@code cognito:groups} out, as Cognito does
 * @param authTime      when the user last proved their password (kept across refreshes)
 * @param originJti     the sign-in the tokens descend from (kept across refreshes); null starts a new one
 */
public record TokenSubject(String sub, String username, String email, boolean emailVerified, String clientId,
        List<String> groups, Instant authTime, String originJti) {

    public TokenSubject {
        Objects.requireNonNull(sub, "sub");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(authTime, "authTime");
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
