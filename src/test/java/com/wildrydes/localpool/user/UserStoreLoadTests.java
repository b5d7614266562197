package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreLoadTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    static final int USERS = 100_000;

    @TempDir
    Path dir;

    /**
     * Measured in CPU time rather than wall time: the target is 2 s of wall time on an idle 2-core machine (4 CPU seconds, replay parses in parallel), and wall time on
     * a shared build machine says more about its other load than about the store.
     */
    @Test
    void whenStoreHoldsAHundredThousandUsersThenItReopensWithinFourCpuSecondsAndFindsThemByEmail() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        writeUsers(clock);
        UserStore.open(dir, clock).close(); // folds the journal into the snapshot, and warms up the JIT

        Duration best = Duration.ofDays(1);
        for (int run = 0; run < 2; run++) { // best of two: one stray GC or JIT burst should not decide
            long cpuBefore = processCpuNanos();
            try (UserStore store = UserStore.open(dir, clock)) {
                Duration cpu = Duration.ofNanos(processCpuNanos() - cpuBefore);
                best = cpu.compareTo(best) < 0 ? cpu : best;
                assertThat(store.read((StoreView view) -> view.userByEmail(POOL, "USER99999@example.com")))
                        .map(StoredUser::username).contains("user-99999");
                assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(USERS);
            }
        }

        assertThat(best).isLessThan(Duration.ofSeconds(4));
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private void writeUsers(Clock clock) {
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(StoreExamples.pool(POOL));
                return null;
            });
            for (int batch = 0; batch < USERS / 1000; batch++) {
                int first = batch * 1000;
                store.write(tx -> {
                    for (int i = first; i < first + 1000; i++) {
                        tx.save(StoreExamples.user(POOL, "user-" + i, "user" + i + "@example.com"));
                    }
                    return null;
                });
            }
        }
    }
}
