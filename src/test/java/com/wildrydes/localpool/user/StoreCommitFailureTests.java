package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commit that fails (here a full disk) changes nothing, says why, and the store recovers once a commit succeeds. */
class StoreCommitFailureTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void whenTheDiskIsFullThenTheWriteFailsChangesNothingAndTheProblemIsReportedUntilACommitSucceeds() {
        int users;
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(StoreExamples.pool(POOL));
                return null;
            });
            StoreFaults.diskFull(store);

            Throwable failure = null;
            int user = 0;
            while (failure == null && user < 100) { // the file's free space takes a few users first
                String username = "user-" + user++;
                failure = catchThrowable(() -> store.write(tx -> {
                    tx.save(StoreExamples.user(POOL, username, username + "@example.com"));
                    return null;
                }));
            }

            assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessageContaining("SQLITE_FULL");
            String failed = "user-" + (user - 1);
            assertThat(store.read((StoreView view) -> view.user(POOL, failed))).isEmpty();
            assertThat(store.problem()).get().asString().startsWith("The local pool could not save a change to "
                    + dir.resolve("pool.db"));

            StoreFaults.diskFreed(store);
            store.write(tx -> {
                tx.save(StoreExamples.user(POOL, failed, failed + "@example.com"));
                return null;
            });
            assertThat(store.problem()).isEmpty();
            users = user; // all but the failed one committed at once, and that one on its second try
        }
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(users);
        }
    }
}
