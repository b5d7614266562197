package com.wildrydes.localpool;

import com.wildrydes.localpool.protocol.PoolPortException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a local pool port that cannot be bound into Spring Boot's short "APPLICATION FAILED TO START" report:
 * one sentence naming the port, as Spring Boot's own analyzer does for the site's port.
 */
class LocalPoolPortFailureAnalyzer extends AbstractFailureAnalyzer<PoolPortException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PoolPortException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Identify and stop the process that is listening on port " + cause.port() + " (often an earlier run"
                        + " of this site), or set wildrydes.local-pool.port to another port, 0 for a free one.",
                cause);
    }
}
