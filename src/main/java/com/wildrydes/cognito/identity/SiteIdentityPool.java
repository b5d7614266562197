package com.wildrydes.cognito.identity;

import java.util.function.Supplier;

/**
 * The identity pool the site exchanges riders' tokens at: none, the configured one, or (local mode) the one
 * provisioning finds or creates in the local pool. Resolved on first use, never at start-up, like the site's user
 * pool; a failure is retried on the next use.
 */
public final class SiteIdentityPool {

    private final Supplier<String> resolver; // null: no identity pool
    private volatile String identityPoolId;

    private SiteIdentityPool(Supplier<String> resolver) {
        this.resolver = resolver;
    }

    /** No identity pool: the ride page says how to add one. */
    public static SiteIdentityPool none() {
        return new SiteIdentityPool(null);
    }

    /** The pool of {@code wildrydes.cognito.identity-pool-id}. */
    public static SiteIdentityPool configured(String identityPoolId) {
        return new SiteIdentityPool(() -> identityPoolId);
    }

    /** The pool {@code provisioning} finds or creates, on first use. */
    public static SiteIdentityPool provisioned(Supplier<String> provisioning) {
        return new SiteIdentityPool(provisioning);
    }

    public boolean isSet() {
        return resolver != null;
    }

    /** The identity pool id; for a provisioned pool the first call may create it (SDK exceptions pass through). */
    public String current() {
        if (resolver == null) {
            throw new IllegalStateException("No identity pool is configured");
        }
        String resolved = identityPoolId;
        if (resolved == null) {
            synchronized (this) {
                if (identityPoolId == null) {
                    identityPoolId = resolver.get();
                }
                resolved = identityPoolId;
            }
        }
        return resolved;
    }
}
