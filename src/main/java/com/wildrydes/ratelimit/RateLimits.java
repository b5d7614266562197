package com.wildrydes.ratelimit;

import com.wildrydes.ratelimit.RateLimitSettings.Limit;
import com.wildrydes.ratelimit.RateLimitSettings.Limits;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers "allowed, or refused with a retry-after" for one request to a {@link RateLimitedEndpoint}: one token
 * from the client address's bucket, then one from the email's, in Bucket4j buckets kept by a {@link BucketStore}
 * (this JVM, or the sessions' Redis so every instance counts together). A store that fails lets the request
 * through: the limits are a brake on scripts, and a visitor must not lose a page because our bookkeeping did.
 */
public class RateLimits {

    static final String KEY_PREFIX = "wildrydes:rate-limit:";
    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private final boolean enabled;
    private final BucketStore store;
    private final Map<RateLimitedEndpoint, BucketConfiguration> perAddress = new EnumMap<>(RateLimitedEndpoint.class);
    private final Map<RateLimitedEndpoint, BucketConfiguration> perEmail = new EnumMap<>(RateLimitedEndpoint.class);
    private final AtomicBoolean storeFailing = new AtomicBoolean();

    RateLimits(RateLimitSettings settings, BucketStore store) {
        this.enabled = settings.enabled();
        this.store = store;
        for (RateLimitedEndpoint endpoint : RateLimitedEndpoint.values()) {
            Limits limits = settings.limitsFor(endpoint);
            perAddress.put(endpoint, bucketOf(limits.perAddress()));
            perEmail.put(endpoint, bucketOf(limits.perEmail()));
        }
    }

    /** {@code email} may be null or blank (a form sent without it): then only the address counts. */
    public RateLimitDecision check(RateLimitedEndpoint endpoint, String clientAddress, String email) {
        if (!enabled) {
            return RateLimitDecision.ALLOWED;
        }
        try {
            Duration wait = take(key(endpoint, "address", String.valueOf(clientAddress)), perAddress.get(endpoint));
            if (wait.isZero() && email != null && !email.isBlank()) {
                wait = take(key(endpoint, "email", digestOf(normalised(email))), perEmail.get(endpoint));
            }
            if (storeFailing.compareAndSet(true, false)) {
                log.info("Rate-limit store answers again: limits apply again");
            }
            return wait.isZero() ? RateLimitDecision.ALLOWED : RateLimitDecision.refusedFor(wait);
        } catch (RuntimeException storeFailure) {
            if (storeFailing.compareAndSet(false, true)) { // once per outage, not once per request
                log.warn("Rate-limit store unreachable, requests are let through unlimited until it answers: {}",
                        storeFailure.toString());
            }
            return RateLimitDecision.ALLOWED;
        }
    }

    /** Trimmed and lower case, so "Rider@Example.com " and "rider@example.com" share a bucket. */
    static String normalised(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private Duration take(String key, BucketConfiguration configuration) {
        ConsumptionProbe probe = store.proxies().builder().build(key, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private static String key(RateLimitedEndpoint endpoint, String kind, String value) {
        return KEY_PREFIX + endpoint.tag() + ":" + kind + ":" + value;
    }

    /**
     * The email's SHA-256: keys stay short whatever was typed (the check runs before the form's validation),
     * and the store holds no email addresses.
     */
    private static String digestOf(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    private static BucketConfiguration bucketOf(Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
    }
}
