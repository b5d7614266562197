package com.wildrydes.localpool.user;

/**
 * A pool's WebAuthnConfiguration as SetUserPoolMfaConfig sets it; a pool never configured is {@link #unset}.
 *
 * @param poolId           the pool
 * @param relyingPartyId   RelyingPartyId; null when not set (Cognito then uses the pool's domain)
 * @param userVerification {@code preferred} (Cognito's default) or {@code required}
 */
public record PoolWebAuthnConfig(String poolId, String relyingPartyId, String userVerification) {

    public static final String PREFERRED = "preferred";
    public static final String REQUIRED = "required";

    public static PoolWebAuthnConfig unset(String poolId) {
        return new PoolWebAuthnConfig(poolId, null, PREFERRED);
    }

    public boolean verificationRequired() {
        return REQUIRED.equals(userVerification);
    }
}
