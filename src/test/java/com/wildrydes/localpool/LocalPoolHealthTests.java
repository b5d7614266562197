package com.wildrydes.localpool;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.user.UserStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

class LocalPoolHealthTests {

    @TempDir
    Path dir;

    @Test
    void whenStoreIsLoadedThenUp() {
        try (UserStore store = UserStore.open(dir, Clock.systemUTC())) {
            assertThat(new LocalPoolHealth(store).health().getStatus()).isEqualTo(Status.UP);
        }
    }

    @Test
    void whenStoreCouldNotBeLoadedThenDown() throws IOException {
        Files.writeString(dir.resolve("pool.db"), "not a SQLite file, nor a pool store");
        UserStore store = UserStore.openInBackground(dir, Clock.systemUTC());
        try {
            store.read(view -> view.pools());
        } catch (RuntimeException expected) {
            // the failed load, now settled
        }

        assertThat(new LocalPoolHealth(store).health().getStatus()).isEqualTo(Status.DOWN);
    }
}
