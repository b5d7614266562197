package com.wildrydes.localpool.protocol;

import java.net.BindException;
import java.util.Locale;

/**
 * The local pool cannot listen on its port, most often because another process (an earlier run of the site)
 * has it. The message is one sentence naming the port and what to do; the operator sees it instead of a trace.
 */
public final class PoolPortException extends RuntimeException {

    private final int port;

    private PoolPortException(int port, String sentence, BindException cause) {
        super(sentence, cause);
        this.port = port;
    }

    static PoolPortException of(int port, BindException cause) {
        String address = "127.0.0.1:" + port;
        String reason = cause.getMessage() == null ? "" : cause.getMessage();
        String sentence = reason.toLowerCase(Locale.ROOT).contains("in use")
                ? "The local pool cannot listen on " + address + " because another process already uses that port;"
                        + " stop that process, or set wildrydes.local-pool.port to another port (0 picks a free one)."
                : "The local pool cannot listen on " + address + " (" + reason + "); set wildrydes.local-pool.port"
                        + " to another port (0 picks a free one).";
        return new PoolPortException(port, sentence, cause);
    }

    /** The port that could not be bound. */
    public int port() {
        return port;
    }
}
