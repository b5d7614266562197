package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreLoadTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    static final int USERS = 100_000;

    @TempDir
    Path dir;

    /**
     * Correctness at scale only: how fast a reopen is belongs to the benchmark ({@code pool_restart_ms} in
     * bench/run), not to a timed unit test on a shared build machine.
     */
    @Test
    void whenStoreHoldsAHundredThousandUsersThenItReopensAndFindsThemByEmail() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        writeUsers(clock);

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userByEmail(POOL, "USER99999@example.com")))
                    .map(StoredUser::username).contains("user-99999");
            assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(USERS);
        }
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
