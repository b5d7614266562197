package com.wildrydes.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.MutableClock;
import com.wildrydes.ratelimit.RateLimitSettings.Limit;
import com.wildrydes.ratelimit.RateLimitSettings.Limits;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class RateLimitsTests {

    private static final String ADDRESS = "203.0.113.7";
    private static final String EMAIL = "rider@example.com";

    private final MutableClock clock = MutableClock.at("2026-12-01T09:00:00Z");
    private final BucketStore memory = RateLimitConfiguration.inMemory(100, clock);
    private final RateLimits limits = new RateLimits(settings(true, 10, 3), memory);

    /** Every endpoint: {@code perAddress} per 10 minutes per address, {@code perEmail} per 15 minutes per email. */
    static RateLimitSettings settings(boolean enabled, int perAddress, int perEmail) {
        Limits each = new Limits(new Limit(perAddress, Duration.ofMinutes(10)), new Limit(perEmail, Duration.ofMinutes(15)));
        return new RateLimitSettings(enabled, 100, each, each, each, each, each, each, each, each);
    }

    @Test
    void checkWhenEmailUsedUpThenRefusedUntilOneTokenIsBackWhateverCaseOrSpaces() {
        takeAll(3, i -> EMAIL);

        RateLimitDecision refused = limits.check(RateLimitedEndpoint.FORGOT, ADDRESS, "  Rider@Example.COM ");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(5)); // 3 per 15 minutes: one every 5
        assertThat(refused.retryAfterSeconds()).isEqualTo(300);
        assertThat(refused.retryAfterMinutes()).isEqualTo(5);

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(limits.check(RateLimitedEndpoint.FORGOT, ADDRESS, EMAIL).allowed()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limits.check(RateLimitedEndpoint.FORGOT, ADDRESS, EMAIL).allowed()).isTrue();
    }

    @Test
    void checkWhenAddressUsedUpThenRefusedWhateverTheEmailAndOtherAddressesStillAllowed() {
        takeAll(10, i -> "made-up-" + i + "@example.com");

        RateLimitDecision refused = limits.check(RateLimitedEndpoint.FORGOT, ADDRESS, "fresh@example.com");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1)); // 10 per 10 minutes
        assertThat(limits.check(RateLimitedEndpoint.FORGOT, ADDRESS, null).allowed()).isFalse();
        assertThat(limits.check(RateLimitedEndpoint.FORGOT, "198.51.100.1", "fresh@example.com").allowed()).isTrue();
    }

    @Test
    void checkWhenOneEndpointUsedUpThenTheOthersKeepTheirOwnBuckets() {
        takeAll(3, i -> EMAIL);

        assertThat(limits.check(RateLimitedEndpoint.FORGOT, ADDRESS, EMAIL).allowed()).isFalse();
        assertThat(limits.check(RateLimitedEndpoint.SIGN_IN, ADDRESS, EMAIL).allowed()).isTrue();
        assertThat(limits.check(RateLimitedEndpoint.RESEND, ADDRESS, EMAIL).allowed()).isTrue();
    }

    @Test
    void checkWhenEmailBlankThenOnlyTheAddressCounts() {
        for (int i = 0; i < 10; i++) {
            assertThat(limits.check(RateLimitedEndpoint.VERIFY, ADDRESS, i % 2 == 0 ? "" : null).allowed()).isTrue();
        }
        assertThat(limits.check(RateLimitedEndpoint.VERIFY, ADDRESS, "").allowed()).isFalse();
    }

    @Test
    void checkWhenDisabledThenNeverRefusesAndNeverTouchesTheStore() {
        RateLimits off = new RateLimits(settings(false, 1, 1), () -> {
            throw new AssertionError("a disabled limiter asked its store");
        });

        assertThat(IntStream.range(0, 1000).mapToObj(i -> off.check(RateLimitedEndpoint.SIGN_IN, ADDRESS, EMAIL)))
                .allMatch(RateLimitDecision::allowed);
    }

    @Test
    void checkWhenStoreFailsThenLetsTheRequestsThroughWithOneWarningNamingNoEmail(CapturedOutput log) {
        RateLimits failing = new RateLimits(settings(true, 1, 1), () -> {
            throw new IllegalStateException("Redis is down");
        });

        assertThat(IntStream.range(0, 5).mapToObj(i -> failing.check(RateLimitedEndpoint.SIGN_IN, ADDRESS, EMAIL)))
                .allMatch(RateLimitDecision::allowed);
        assertThat(log.getOut().lines().filter(line -> line.contains("WARN"))).singleElement().asString()
                .contains("Rate-limit store unreachable", "Redis is down").doesNotContain(EMAIL);
    }

    @Test
    void memoryWhenFloodedWithNewKeysThenKeepsAtMostItsBound() {
        MemoryProxyManager buckets = (MemoryProxyManager) memory.proxies();
        takeAll(10, i -> "flood-" + i + "@example.com");
        assertThat(buckets.size()).as("10 email buckets and 1 address bucket").isEqualTo(11);

        IntStream.range(0, 300).forEach(i -> limits.check(RateLimitedEndpoint.SIGN_IN, "10.0." + i / 250 + "." + i % 250, null));

        assertThat(buckets.size()).isEqualTo(100);
    }

    private void takeAll(int times, Function<Integer, String> email) {
        for (int i = 0; i < times; i++) {
            assertThat(limits.check(RateLimitedEndpoint.FORGOT, ADDRESS, email.apply(i)).allowed())
                    .as("request %d of %d", i + 1, times).isTrue();
        }
    }
}
