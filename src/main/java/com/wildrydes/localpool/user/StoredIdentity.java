package com.wildrydes.localpool.user;

/**
 * One identity an identity pool handed out: of a user ({@code providerName} and {@code sub} set) or a guest (both
 * null). A user keeps the same identity id for good, which is why identities are stored.
 *
 * @param id           {@code <region>:<uuid>}
 * @param providerName {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}
 */
public record StoredIdentity(String id, String poolId, String providerName, String sub) {

    public boolean authenticated() {
        return sub != null;
    }
}
