package com.wildrydes.ratelimit;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce.LettuceBasedProxyManagerBuilder;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The buckets in the Redis that holds the sessions ({@code wildrydes.session.store=redis}), so every instance
 * counts against the same limits. One connection of its own (Bucket4j wants byte[] values), opened on the Lettuce
 * client Boot built, so it has Boot's settings: URL, TLS, timeouts, commands refused at once while disconnected.
 * Opened at the first request rather than at start-up: a site whose Redis is down still starts, like its sessions.
 */
final class RedisBucketStore implements BucketStore, DisposableBean {

    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final LettuceConnectionFactory redis;
    private final TimeMeter clock;
    private final ExpirationAfterWriteStrategy expiry;
    private StatefulConnection<String, byte[]> connection;
    private ProxyManager<String> proxies;

    RedisBucketStore(LettuceConnectionFactory redis, TimeMeter clock, ExpirationAfterWriteStrategy expiry) {
        this.redis = redis;
        this.clock = clock;
        this.expiry = expiry;
    }

    @Override
    public synchronized ProxyManager<String> proxies() {
        if (proxies == null) {
            AbstractRedisClient client = redis.getRequiredNativeClient();
            if (client instanceof RedisClusterClient cluster) {
                var opened = cluster.connect(CODEC);
                proxies = configured(Bucket4jLettuce.casBasedBuilder(opened));
                connection = opened;
            } else {
                var opened = ((RedisClient) client).connect(CODEC);
                proxies = configured(Bucket4jLettuce.casBasedBuilder(opened));
                connection = opened;
            }
        }
        return proxies;
    }

    /** Keys expire once their bucket is full again; a request waits no longer than a session read would. */
    private ProxyManager<String> configured(LettuceBasedProxyManagerBuilder<String> builder) {
        return builder.clientClock(clock).expirationAfterWrite(expiry)
                .requestTimeout(Duration.ofMillis(redis.getTimeout())).build();
    }

    @Override
    public synchronized void destroy() {
        if (connection != null) {
            connection.close();
        }
    }
}
