package com.wildrydes.ratelimit;

import java.time.Duration;

/** Allowed, or refused until {@code retryAfter} has passed. */
public record RateLimitDecision(Duration retryAfter) {

    public static final RateLimitDecision ALLOWED = new RateLimitDecision(Duration.ZERO);

    public static RateLimitDecision refusedFor(Duration retryAfter) {
        return new RateLimitDecision(retryAfter.isZero() ? Duration.ofNanos(1) : retryAfter);
    }

    public boolean allowed() {
        return retryAfter.isZero();
    }

    /** Whole seconds, rounded up, so a client that waits this long is let in ({@code Retry-After}). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toNanos() + 999_999_999L) / 1_000_000_000L);
    }

    /** Whole minutes, rounded up: what the page tells a person. */
    public long retryAfterMinutes() {
        return (retryAfterSeconds() + 59) / 60;
    }
}
