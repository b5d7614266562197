package com.wildrydes.cognito;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The user pool the site signs people into: the configured one, or the one {@link PoolProvisioner}
 * finds or creates in the local pool. Resolved once, on first use or when the application is ready,
 * whichever comes first; the local pool may not answer before then, so a failure is retried next time.
 */
public final class SiteUserPool {

    private static final Logger log = LoggerFactory.getLogger(SiteUserPool.class);

    private final Supplier<CognitoPool> resolver;
    private final PoolSpec provisionedSpec; // null for a configured pool
    private volatile CognitoPool pool;

    private SiteUserPool(Supplier<CognitoPool> resolver, PoolSpec provisionedSpec) {
        this.resolver = resolver;
        this.provisionedSpec = provisionedSpec;
    }

    /** A pool named by the settings: nothing to resolve. */
    static SiteUserPool configured(CognitoPool pool) {
        return new SiteUserPool(() -> pool, null);
    }

    /** The pool and client {@code spec} names, found or created through {@code provisioner} on first use. */
    static SiteUserPool provisioned(PoolProvisioner provisioner, PoolSpec spec) {
        return new SiteUserPool(() -> provisioner.findOrCreate(spec), spec);
    }

    /** The pool's coordinates; for a local pool the first call may provision it (SDK exceptions pass through). */
    public CognitoPool current() {
        CognitoPool resolved = pool;
        if (resolved == null) {
            synchronized (this) {
                if (pool == null) {
                    pool = resolver.get();
                }
                resolved = pool;
            }
        }
        return resolved;
    }

    /** True when the site provisions its own pool in a local Cognito-compatible server. */
    public boolean isLocal() {
        return provisionedSpec != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resolveWhenReady() {
        try {
            CognitoPool resolved = current();
            if (isLocal()) {
                log.info("Local user pool {}: {}, app client {}: {}", provisionedSpec.poolName(),
                        resolved.userPoolId(), provisionedSpec.clientName(), resolved.clientId());
            } else {
                log.info("User pool {}, app client {}", resolved.userPoolId(), resolved.clientId());
            }
        } catch (RuntimeException e) { // start-up goes on; the first use tries again
            log.warn("Local user pool not reachable yet ({}); will retry on first use", CognitoErrors.codeOf(e));
        }
    }
}
