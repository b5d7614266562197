package com.wildrydes.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The site's CPU time per sign-in: the site process's user + system time (from /proc, Linux) over a timed
 * sign-in run, divided by the sign-ins it served. On a machine shared with other work the rate is noise, but
 * the CPU a sign-in costs stays put, so A/B comparisons of a change use this figure.
 */
final class SignInCost {

    private static final double CLOCK_TICKS_PER_MS = 100 / 1000.0; // USER_HZ, 100 on Linux

    private SignInCost() {
    }

    /** What a run cost: sign-ins per second (wall clock) and the site's CPU milliseconds per sign-in. */
    record Cost(double perSecond, double cpuMsPerSignIn, int signIns) {
    }

    static Cost measure(SignInRuns runs, URI site, long sitePid, int clients, Duration length)
            throws InterruptedException, IOException {
        long before = cpuTicks(sitePid);
        Workers.Outcome outcome = runs.timed(site, clients, length);
        long spent = cpuTicks(sitePid) - before;
        return new Cost(outcome.perSecond(), spent / CLOCK_TICKS_PER_MS / Math.max(1, outcome.ok()), outcome.ok());
    }

    /** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
