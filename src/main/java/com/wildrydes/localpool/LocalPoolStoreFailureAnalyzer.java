package com.wildrydes.localpool;

import com.wildrydes.localpool.user.StoreOpenException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a local pool store that cannot be opened (data dir missing, unwritable or a file; store damaged) into
 * Spring Boot's short "APPLICATION FAILED TO START" report: the store's one sentence, not a stack trace.
 */
class LocalPoolStoreFailureAnalyzer extends AbstractFailureAnalyzer<StoreOpenException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreOpenException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Do what the sentence above says, or set wildrydes.local-pool.data-dir to another directory; README.md"
                        + " ('The embedded local user pool') describes the store's files.",
                cause);
    }
}
