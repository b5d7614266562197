package com.wildrydes.localpool.wire;

import java.util.List;

/**
 * An error answer in Cognito's shape (see {@link PoolError}). The message goes to the client as is, so it never
 * contains a secret.
 */
public final class PoolException extends RuntimeException {

    private final PoolError error;

    public PoolException(PoolError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public PoolError error() {
        return error;
    }

    /** Cognito's wording for a missing member, e.g. {@code Value null at 'clientId' ...}. */
    public static PoolException validation(List<String> problems) {
        String count = problems.size() == 1 ? "1 validation error detected: " : problems.size() + " validation errors detected: ";
        return new PoolException(PoolError.INVALID_PARAMETER, count + String.join("; ", problems));
    }

    /** The text of one validation problem for a missing member. */
    public static String missing(String member) {
        return "Value null at '" + member + "' failed to satisfy constraint: Member must not be null";
    }

    /** A string over its length; the value stays out, as Cognito leaves out sensitive ones (a password). */
    public static String tooLong(String member, int max) {
        return "Value at '" + member + "' failed to satisfy constraint: Member must have length less than or equal to "
                + max;
    }

    public static String tooShort(String member, int min) {
        return "Value at '" + member + "' failed to satisfy constraint: Member must have length greater than or "
                + "equal to " + min;
    }
}
