package com.wildrydes.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The one place that names {@value #METER}{endpoint} ({@code wildrydes_rate_limited_total} in Prometheus): a
 * rate limiter calls {@link #refused(String)} for each request it turns away and never builds the meter itself.
 */
@Component
public class RateLimitedRequests {

    static final String METER = "wildrydes.rate.limited";

    private final MeterRegistry registry;

    RateLimitedRequests(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code endpoint}: a fixed name such as {@code signin}, never a raw path (one series per name). */
    public void refused(String endpoint) {
        Counter.builder(METER).description("Requests refused by a rate limit").tag("endpoint", endpoint)
                .register(registry).increment();
    }
}
