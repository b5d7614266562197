package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreBackgroundLoadTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void whenOpenedInBackgroundThenReadsAndWritesWaitForTheLoadAndSeeEveryUser() {
        try (UserStore store = UserStore.open(dir, clock)) {
            for (int i = 0; i < 3_000; i++) {
                int index = i;
                store.write(tx -> saveUser(tx, "user-" + index));
            }
        }

        try (UserStore store = UserStore.openInBackground(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userByEmail(POOL, "user-2999@example.com"))).isPresent();
            assertThat(store.loaded()).isTrue();
            store.write(tx -> saveUser(tx, "added"));
            assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(3_001);
        }
    }

    @Test
    void whenTheStoreCannotBeLoadedThenItSaysSoAndRefusesReads() throws IOException {
        Files.writeString(dir.resolve(StoreDirectory.DATABASE), "not a SQLite file, nor a pool store");

        UserStore store = UserStore.openInBackground(dir, clock);

        assertThatThrownBy(() -> store.read(StoreView::pools)).isInstanceOf(RuntimeException.class);
        assertThat(store.loaded()).isFalse();
        assertThat(store.loadFailed()).isTrue();
    }

    private static Void saveUser(StoreTransaction tx, String username) {
        if (tx.pool(POOL).isEmpty()) {
            tx.save(StoreExamples.pool(POOL));
        }
        tx.save(StoreExamples.user(POOL, username, username + "@example.com"));
        return null;
    }
}
