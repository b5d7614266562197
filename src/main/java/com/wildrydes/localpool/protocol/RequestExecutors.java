package com.wildrydes.localpool.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the HTTP server: a virtual thread per request on Java 21+, else a small bounded pool. The code is
 * compiled for Java 17, so the Java 21 factory is looked up at run time.
 */
final class RequestExecutors {

    private static final int PLATFORM_THREADS = 16;
    private static final int SLEEPING_PLATFORM_THREADS = 512;

    private RequestExecutors() {
    }

    /**
     * With an artificial latency the platform threads mostly sleep, so there are many more of them: the delay
     * stands for a remote service's round trip, which no thread limit of ours would impose.
     */
    static ExecutorService create(Duration latency) {
        int threads = latency.isZero() || latency.isNegative() ? PLATFORM_THREADS : SLEEPING_PLATFORM_THREADS;
        if (Runtime.version().feature() >= 21) {
            try {
                return (ExecutorService) MethodHandles.publicLookup()
                        .findStatic(Executors.class, "newVirtualThreadPerTaskExecutor",
                                MethodType.methodType(ExecutorService.class))
                        .invoke();
            } catch (Throwable unavailable) {
                // fall through to platform threads
            }
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1024), daemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "local-pool-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
