package com.wildrydes.cognito.config;

import com.wildrydes.cognito.error.CognitoErrorTranslator;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The user pool the site signs people into: the configured one, or the one provisioning finds or creates in
 * the local pool (wired by {@code cognito.provision.CognitoPoolConfiguration}). Resolved once, on first use or
 * when the application is ready, whichever comes first; a failure is retried next time. Provisioning may also
 * start early, while the context is still starting ({@link #startResolving}); the application is then not
 * ready (health is not UP) before that attempt has ended, so UP still means a sign-in can find its pool.
 */
public final class SiteUserPool {

    private static final Logger log = LoggerFactory.getLogger(SiteUserPool.class);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(50);

    private final Supplier<CognitoPool> resolver;
    private final String poolName; // of a provisioned pool, for the log; null for a configured pool
    private final String clientName;
    private volatile CognitoPool pool;
    private volatile CompletableFuture<Void> earlyAttempt = CompletableFuture.completedFuture(null);

    private SiteUserPool(Supplier<CognitoPool> resolver, String poolName, String clientName) {
        this.resolver = resolver;
        this.poolName = poolName;
        this.clientName = clientName;
    }

    /** A pool named by the settings: nothing to resolve. */
    public static SiteUserPool configured(CognitoPool pool) {
        return new SiteUserPool(() -> pool, null, null);
    }

    /** The pool and client of these names, found or created by {@code provisioning} on first use. */
    public static SiteUserPool provisioned(String poolName, String clientName, Supplier<CognitoPool> provisioning) {
        return new SiteUserPool(provisioning, poolName, clientName);
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
        return poolName != null;
    }

    /**
     * Starts resolving on {@code worker} now, instead of on the main thread once the application has started.
     * The endpoint may not listen yet (the local pool binds later in the same start-up), so a call that gets no
     * answer is tried again for up to {@code patience}; an answer that is an error is not.
     */
    public void startResolving(Executor worker, Duration patience) {
        if (isLocal()) {
            earlyAttempt = CompletableFuture.runAsync(() -> resolveWhileUnanswered(patience), worker);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resolveWhenReady() {
        earlyAttempt.exceptionally(failure -> null).join(); // its failure is met again just below
        try {
            CognitoPool resolved = current();
            if (isLocal()) {
                log.info("Local user pool {}: {}, app client {}: {}", poolName, resolved.userPoolId(), clientName,
                        resolved.clientId());
            } else {
                log.info("User pool {}, app client {}", resolved.userPoolId(), resolved.clientId());
            }
        } catch (RuntimeException e) { // start-up goes on; the first use tries again
            log.warn("Local user pool not reachable yet ({}); will retry on first use",
                    CognitoErrorTranslator.codeOf(e));
        }
    }

    private void resolveWhileUnanswered(Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            try {
                current();
                return;
            } catch (SdkClientException noAnswer) {
                if (Instant.now().isAfter(giveUp)) {
                    throw noAnswer;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the user pool", e);
        }
    }
}
