package com.wildrydes.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Many concurrent clients: a virtual thread each on Java 21+, a platform thread each on 17. */
final class Workers {

    /** One client's loop body: returns true for a success, false for a failed operation. */
    interface Step {
        boolean run(int worker) throws Exception;
    }

    /** What a timed phase did. */
    record Outcome(int ok, int failed, double seconds, Latencies latencies) {
        double perSecond() {
            return ok / seconds;
        }
    }

    private Workers() {
    }

    static ExecutorService executor(int threads) {
        if (Runtime.version().feature() >= 21) {
            try {
                return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
            } catch (ReflectiveOperationException absent) {
                // fall through to platform threads
            }
        }
        return Executors.newFixedThreadPool(threads);
    }

    /** Each of {@code clients} repeats {@code step} until {@code length} has passed. */
    static Outcome timed(int clients, Duration length, Step step) throws InterruptedException {
        return run(clients, length, Integer.MAX_VALUE, step);
    }

    /** Each of {@code clients} runs {@code step} once, all released together. */
    static Outcome once(int clients, Step step) throws InterruptedException {
        return run(clients, Duration.ofMinutes(5), 1, step);
    }

    private static Outcome run(int clients, Duration length, int repeats, Step step) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = executor(clients);
        long[] deadline = new long[1];
        for (int worker = 0; worker < clients; worker++) {
            int id = worker;
            executor.submit(() -> {
                start.await();
                for (int i = 0; i < repeats && System.nanoTime() < deadline[0]; i++) {
                    long began = System.nanoTime();
                    boolean success;
                    try {
                        success = step.run(id);
                    } catch (Exception e) {
                        success = false;
                    }
                    (success ? ok : failed).incrementAndGet();
                    if (success) {
                        latencies.add(System.nanoTime() - began);
                    }
                }
                return null;
            });
        }
        long began = System.nanoTime();
        deadline[0] = began + length.toNanos();
        start.countDown();
        executor.shutdown();
        executor.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS);
        return new Outcome(ok.get(), failed.get(), (System.nanoTime() - began) / 1e9, latencies);
    }
}
