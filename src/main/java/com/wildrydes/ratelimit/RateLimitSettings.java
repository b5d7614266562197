package com.wildrydes.ratelimit;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rate limits ({@code wildrydes.rate-limit.*}); the numbers and why are in application.yml.
 *
 * @param enabled       false: nothing is ever refused (the benchmark, load tests, suites that sign up a crowd)
 * @param memoryBuckets in memory mode, at most this many buckets are kept (least recently used go first), so a
 *                      flood of made-up emails or addresses cannot grow the heap without bound
 */
@ConfigurationProperties("wildrydes.rate-limit")
record RateLimitSettings(boolean enabled, int memoryBuckets, Limits signIn, Limits register, Limits verify,
        Limits resend, Limits forgot, Limits reset, Limits authenticatorCode, Limits emailCode) {

    RateLimitSettings {
        if (memoryBuckets < 1) {
            throw new IllegalArgumentException("wildrydes.rate-limit.memory-buckets must be at least 1");
        }
        Objects.requireNonNull(signIn, "wildrydes.rate-limit.sign-in");
        Objects.requireNonNull(register, "wildrydes.rate-limit.register");
        Objects.requireNonNull(verify, "wildrydes.rate-limit.verify");
        Objects.requireNonNull(resend, "wildrydes.rate-limit.resend");
        Objects.requireNonNull(forgot, "wildrydes.rate-limit.forgot");
        Objects.requireNonNull(reset, "wildrydes.rate-limit.reset");
        Objects.requireNonNull(authenticatorCode, "wildrydes.rate-limit.authenticator-code");
        Objects.requireNonNull(emailCode, "wildrydes.rate-limit.email-code");
    }

    Limits limitsFor(RateLimitedEndpoint endpoint) {
        return switch (endpoint) {
            case SIGN_IN -> signIn;
            case REGISTER -> register;
            case VERIFY -> verify;
            case RESEND -> resend;
            case FORGOT -> forgot;
            case RESET -> reset;
            case AUTHENTICATOR_CODE -> authenticatorCode;
            case EMAIL_CODE -> emailCode;
        };
    }

    /** One endpoint's two buckets: per client address and per email. */
    record Limits(Limit perAddress, Limit perEmail) {

        Limits {
            Objects.requireNonNull(perAddress, "per-address");
            Objects.requireNonNull(perEmail, "per-email");
        }
    }

    /** {@code capacity} requests at once, given back evenly over {@code period} (a greedy refill). */
    record Limit(int capacity, Duration period) {

        Limit {
            if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a positive period");
            }
        }
    }
}
