package com.wildrydes.localpool.user;

/**
 * The local pool's store cannot be opened. The message is one sentence that names the file or directory and
 * says what to do; it is what the operator sees instead of a stack trace.
 */
public final class StoreOpenException extends RuntimeException {

    StoreOpenException(String sentence) {
        super(sentence);
    }

    StoreOpenException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
