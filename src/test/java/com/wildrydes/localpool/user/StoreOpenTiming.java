package com.wildrydes.localpool.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Times what a restart waits for in the store: open (check, and whatever start-up reads) of a store of many users,
 * outside the site. {@code java -cp ... com.wildrydes.localpool.user.StoreOpenTiming DIR [USERS] [ROUNDS]}: fills
 * {@code DIR} when it holds no store (as the benchmark's filler does: a 1.5 kB verifier per user), then opens it
 * {@code ROUNDS} times and prints each time; the first round is the one a restart after a fresh boot resembles.
 */
final class StoreOpenTiming {

    static final String POOL = "ap-northeast-2_AbC123xYz";

    private StoreOpenTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Clock clock = Clock.fixed(StoreExamples.NOW, ZoneOffset.UTC);
        if (Files.notExists(dir.resolve(StoreDirectory.DATABASE))) {
            fill(dir, users, clock);
        }
        for (int round = 0; round < rounds; round++) {
            long began = System.nanoTime();
            long cpuBegan = cpu();
            try (UserStore store = UserStore.open(dir, clock)) {
                long opened = System.nanoTime();
                long cpuOpened = cpu();
                boolean found = store.read(view -> view.userByEmail(POOL, "user" + (users - 1) + "@example.com"))
                        .isPresent();
                System.out.printf("round %d: open %d ms (processor %d ms), first lookup %d us (found %s)%n", round,
                        (opened - began) / 1_000_000, (cpuOpened - cpuBegan) / 1_000_000,
                        (System.nanoTime() - opened) / 1_000, found);
            }
        }
        phases(dir);
    }

    /** The parts of an open: SQLite's check alone, then the row checks alone. */
    private static void phases(Path dir) throws Exception {
        long began = cpu();
        StoreCheck.check(new StoreDirectory(dir));
        long checked = cpu();
        try (StoreDatabase database = StoreDatabase.open(dir.resolve(StoreDirectory.DATABASE))) {
            long opened = cpu();
            long threadOpened = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            new StoreRowsCheck(database).run();
            System.out.printf("processor time: quick_check and marks %d ms, row checks %d ms (this thread %d ms)%n",
                    (checked - began) / 1_000_000, (cpu() - opened) / 1_000_000,
                    (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadOpened)
                            / 1_000_000);
        }
    }

    /** The process's processor time (every thread, JIT and GC too): the machine is shared, so wall-clock times mostly measure the others. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void fill(Path dir, int users, Clock clock) {
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(StoreExamples.pool(POOL));
                return null;
            });
            for (int first = 0; first < users; first += 5_000) {
                int from = first;
                store.write(tx -> {
                    for (int i = from; i < Math.min(users, from + 5_000); i++) {
                        tx.save(StoreExamples.user(POOL, "user-" + i, "user" + i + "@example.com"));
                    }
                    return null;
                });
            }
        }
    }
}
