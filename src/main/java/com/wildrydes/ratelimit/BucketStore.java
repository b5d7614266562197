package com.wildrydes.ratelimit;

import io.github.bucket4j.distributed.proxy.ProxyManager;

/** Where the buckets live: this JVM ({@link MemoryProxyManager}) or the sessions' Redis ({@link RedisBucketStore}). */
interface BucketStore {

    /** May throw while the store cannot be reached; {@link RateLimits} then lets the request through. */
    ProxyManager<String> proxies();
}
