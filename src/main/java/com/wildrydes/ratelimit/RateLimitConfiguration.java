package com.wildrydes.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The buckets live where the sessions live: in Redis when the site has one (only with
 * {@code wildrydes.session.store=redis}; in memory mode every Redis auto-configuration is off), else in this JVM.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** A bucket is forgotten this long after it is full again: nothing is lost, it would start full anyway. */
    static final ExpirationAfterWriteStrategy FORGET_FULL_BUCKETS =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));

    @Bean
    BucketStore rateLimitBuckets(RateLimitSettings settings, Clock clock,
            ObjectProvider<LettuceConnectionFactory> redis) {
        LettuceConnectionFactory sessionRedis = redis.getIfAvailable();
        return sessionRedis != null ? inRedis(sessionRedis, clock) : inMemory(settings.memoryBuckets(), clock);
    }

    @Bean
    RateLimits rateLimits(RateLimitSettings settings, BucketStore rateLimitBuckets) {
        return new RateLimits(settings, rateLimitBuckets);
    }

    static BucketStore inMemory(int maxBuckets, Clock clock) {
        MemoryProxyManager memory = new MemoryProxyManager(ClientSideConfig.getDefault()
                .withClientClock(new ClockTimeMeter(clock)).withExpirationAfterWriteStrategy(FORGET_FULL_BUCKETS),
                maxBuckets);
        return () -> memory;
    }

    static RedisBucketStore inRedis(LettuceConnectionFactory redis, Clock clock) {
        return new RedisBucketStore(redis, new ClockTimeMeter(clock), FORGET_FULL_BUCKETS);
    }
}
