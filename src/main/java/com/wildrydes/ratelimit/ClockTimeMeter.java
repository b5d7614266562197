package com.wildrydes.ratelimit;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;

/** Bucket4j reads the site's one {@link Clock}, so a test moves time for the buckets as for everything else. */
record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** Wall-clock time: Redis buckets are shared by instances whose clocks agree (NTP), not by their uptimes. */
    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
