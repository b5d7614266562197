package com.wildrydes.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Bucket4j's compare-and-swap proxy over a map in this JVM, so memory and Redis share one code path. Bounded two
 * ways: a bucket is dropped once it would be full again (Bucket4j's expiry strategy, as Redis's TTL does), and
 * past {@code maxBuckets} the least recently used goes. Evicting one only forgets its count, and a single source
 * cannot fill the map: its address bucket refuses it after a few dozen requests, whatever emails it makes up.
 */
final class MemoryProxyManager extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final Map<String, StoredBucket> buckets;

    private record StoredBucket(byte[] state, long expiresAtNanos) {
    }

    MemoryProxyManager(ClientSideConfig config, int maxBuckets) {
        super(config);
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StoredBucket> eldest) {
                return size() > maxBuckets;
            }
        };
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return Optional.ofNullable(liveState(key));
            }

            @Override
            public boolean compareAndSwap(byte[] expected, byte[] updated, RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                return swap(key, expected, updated, newState);
            }
        };
    }

    synchronized int size() {
        return buckets.size();
    }

    private synchronized byte[] liveState(String key) {
        StoredBucket stored = buckets.get(key);
        if (stored != null && stored.expiresAtNanos() <= currentTimeNanos()) {
            buckets.remove(key);
            return null;
        }
        return stored == null ? null : stored.state();
    }

    private synchronized boolean swap(String key, byte[] expected, byte[] updated, RemoteBucketState newState) {
        if (!Arrays.equals(liveState(key), expected)) {
            return false; // another request changed the bucket since it was read: Bucket4j reads and tries again
        }
        buckets.put(key, new StoredBucket(updated, expiryOf(newState)));
        return true;
    }

    private long expiryOf(RemoteBucketState state) {
        Optional<ExpirationAfterWriteStrategy> expiry = getClientSideConfig().getExpirationAfterWriteStrategy();
        long now = currentTimeNanos();
        return expiry.map(strategy -> now + strategy.calculateTimeToLiveMillis(state, now) * 1_000_000L)
                .orElse(Long.MAX_VALUE);
    }

    @Override
    public synchronized void removeProxy(String key) {
        buckets.remove(key);
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("the site asks its buckets synchronously");
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("the site asks its buckets synchronously"));
    }
}
