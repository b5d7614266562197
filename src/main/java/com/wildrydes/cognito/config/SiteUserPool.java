package com.wildrydes.cognito.config;

import com.wildrydes.cognito.error.CognitoErrorTranslator;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The user pool the site signs people into: the configured one, or the one provisioning finds or creates in
 * the local pool (wired by {@code cognito.provision.CognitoPoolConfiguration}). Resolved once, on first use or
 * when the application is ready, whichever comes first; a failure is retried next time. Provisioning may also
 * start early, while the context is still starting ({@link #startResolving}); the application is then not
 * ready (health is not UP) before that attempt has ended, so UP still means a sign-in can find its pool. When
 * the context closes, or fails to start (say the local pool's port is taken), that attempt stops retrying.
 */
public final class SiteUserPool implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SiteUserPool.class);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(50);
    /** How long closing waits for an early attempt to notice; a call blocked on a socket ends when the client closes. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(1);

    private final Supplier<CognitoPool> resolver;
    private final String poolName; // of a provisioned pool, for the log; null for a configured pool
    private final String clientName;
    private volatile CognitoPool pool;
    private volatile CompletableFuture<Void> earlyAttempt = CompletableFuture.completedFuture(null);
    private volatile Thread resolving; // the early attempt's thread while it runs
    private volatile boolean closed;

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

    /**
     * Stops an early attempt that is still retrying and waits (briefly) for it to end, so a failed start leaves no
     * thread behind calling a pool that will never answer (and Tomcat has no stray thread to warn about).
     */
    @Override
    public void destroy() throws InterruptedException {
        closed = true;
        Thread worker = resolving;
        if (worker != null) {
            worker.interrupt(); // ends a retry pause or an SDK backoff at once
        }
        try {
            earlyAttempt.get(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException failedOrStillBlocked) {
            // failed: nothing left to stop; blocked on a socket: the SDK client's close ends it next
        }
    }

    private void resolveWhileUnanswered(Duration patience) {
        resolving = Thread.currentThread();
        try {
            Instant giveUp = Instant.now().plus(patience);
            while (!stopping()) {
                try {
                    current();
                    return;
                } catch (SdkClientException noAnswer) {
                    if (stopping()) {
                        return; // the context is going away: nobody waits for this pool any more
                    }
                    if (Instant.now().isAfter(giveUp)) {
                        throw noAnswer;
                    }
                    pause();
                }
            }
        } finally {
            resolving = null;
        }
    }

    private boolean stopping() {
        return closed || Thread.currentThread().isInterrupted();
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // seen by stopping()
        }
    }
}
