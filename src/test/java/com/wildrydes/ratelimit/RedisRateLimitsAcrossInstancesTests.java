package com.wildrydes.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.MutableClock;
import com.wildrydes.operations.LocalRedis;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.ClientOptions.DisconnectedBehavior;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Two limiters, as two instances of the site would have, on one real redis-server: they count against the same
 * buckets, Redis forgets a bucket once it is full again, and a Redis outage lets requests through (and the
 * limits apply again when it is back). Skipped with a notice where redis-server is missing, except under CI.
 */
class RedisRateLimitsAcrossInstancesTests {

    private static final String EMAIL = "rider@example.com";

    @TempDir
    static Path dirs;

    static LocalRedis redis;
    static final List<LettuceConnectionFactory> factories = new ArrayList<>();
    static final List<RedisBucketStore> stores = new ArrayList<>();
    static final MutableClock clock = MutableClock.at("2026-12-01T09:00:00Z");
    static RateLimits instanceA;
    static RateLimits instanceB;

    @BeforeAll
    static void twoLimitersOnOneRedis() throws Exception {
        redis = LocalRedis.startIn(Files.createDirectories(dirs.resolve("redis")));
        instanceA = limiterOn(redis.url());
        instanceB = limiterOn(redis.url());
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (RedisBucketStore store : stores) {
            store.destroy();
        }
        factories.forEach(LettuceConnectionFactory::destroy);
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void checkWhenOneInstanceUsedTheEmailUpThenTheOtherRefusesItTooUntilRefilled() {
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            assertThat((i % 2 == 0 ? instanceA : instanceB).check(RateLimitedEndpoint.RESEND, address, EMAIL).allowed())
                    .isTrue();
        }

        RateLimitDecision refused = instanceB.check(RateLimitedEndpoint.RESEND, address, EMAIL);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(5));

        clock.advance(Duration.ofMinutes(5));
        assertThat(instanceA.check(RateLimitedEndpoint.RESEND, address, EMAIL).allowed()).isTrue();
        assertThat(instanceB.check(RateLimitedEndpoint.RESEND, address, EMAIL).allowed()).isFalse();
    }

    @Test
    void bucketsInRedisExpireOnceTheyWouldBeFullAgain() {
        String address = newAddress();
        instanceA.check(RateLimitedEndpoint.SIGN_IN, address, null);

        long ttlMillis = ttlOf(RateLimits.KEY_PREFIX + "signin:address:" + address);

        // one token back takes 1 minute (10 per 10 minutes), then the bucket is kept 10 s more
        assertThat(ttlMillis).isBetween(50_000L, 70_000L);
    }

    @Test
    void checkWhileRedisIsDownThenLetsRequestsThroughAndLimitsAgainOnceItIsBack() {
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            instanceA.check(RateLimitedEndpoint.VERIFY, address, EMAIL);
        }
        assertThat(instanceA.check(RateLimitedEndpoint.VERIFY, address, EMAIL).allowed()).isFalse();

        redis.stop();
        try {
            Instant began = Instant.now();
            assertThat(instanceA.check(RateLimitedEndpoint.VERIFY, address, EMAIL).allowed()).isTrue();
            assertThat(instanceB.check(RateLimitedEndpoint.VERIFY, address, EMAIL).allowed()).isTrue();
            assertThat(Duration.between(began, Instant.now())).isLessThan(Duration.ofSeconds(5));
        } finally {
            redis.start();
        }

        assertThat(refusedAgainWithin(Duration.ofSeconds(20), address)).isTrue();
    }

    private static boolean refusedAgainWithin(Duration patience, String address) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!instanceA.check(RateLimitedEndpoint.VERIFY, address, EMAIL).allowed()) {
                return true; // the bucket survived the restart (SHUTDOWN SAVE) and the connection is back
            }
            sleep(200);
        }
        return false;
    }

    private static RateLimits limiterOn(String url) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(redisAt(url),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(1))
                        .clientOptions(ClientOptions.builder()
                                .disconnectedBehavior(DisconnectedBehavior.REJECT_COMMANDS).build())
                        .build());
        factory.afterPropertiesSet();
        factory.start();
        factories.add(factory);
        RedisBucketStore store = RateLimitConfiguration.inRedis(factory, clock);
        stores.add(store);
        return new RateLimits(RateLimitsTests.settings(true, 10, 3), store);
    }

    private static RedisStandaloneConfiguration redisAt(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
    }

    private static long ttlOf(String key) {
        RedisClient client = RedisClient.create(redis.url());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().pttl(key);
        } finally {
            client.shutdown();
        }
    }

    private static String newAddress() {
        return "10.1." + Math.floorMod(UUID.randomUUID().hashCode(), 250) + ".7";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
