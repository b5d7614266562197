package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged store never opens quietly: the start stops with one sentence naming the file and what to do, and
 * every file in the data dir is left exactly as it was. What "missing" means: an empty data dir is a fresh
 * start, a missing {@code -wal} is normal, and a {@code -wal} without its {@code pool.db} is damage.
 */
class StoreDamageTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void whenAByteOfATablePageIsFlippedThenTheStoreRefusesToStartAndChangesNothing() throws IOException {
        writeUsers(200);
        Path database = dir.resolve(StoreDirectory.DATABASE);
        byte[] bytes = Files.readAllBytes(database);
        bytes[4096 + 1] ^= 0x55; // page 2's b-tree header: where the store_info table begins
        Files.write(database, bytes);

        assertRefusedUnchanged("is damaged (SQLite");
    }

    @Test
    void whenTheFileHeaderIsFlippedThenTheStoreRefusesToStart() throws IOException {
        writeUsers(5);
        Path database = dir.resolve(StoreDirectory.DATABASE);
        byte[] bytes = Files.readAllBytes(database);
        bytes[3] ^= 0x55; // "SQLite format 3"
        Files.write(database, bytes);

        assertRefusedUnchanged("is damaged (SQLite");
    }

    @Test
    void whenTheFileIsTruncatedThenTheStoreRefusesToStartAndChangesNothing() throws IOException {
        writeUsers(200);
        Path database = dir.resolve(StoreDirectory.DATABASE);
        byte[] bytes = Files.readAllBytes(database);
        Files.write(database, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertRefusedUnchanged("is damaged (SQLite");
    }

    @Test
    void whenTheFileIsEmptyThenTheStoreRefusesToStartRatherThanStartEmpty() throws IOException {
        writeUsers(5);
        Files.write(dir.resolve(StoreDirectory.DATABASE), new byte[0]);

        assertRefusedUnchanged("is damaged (the file is empty)");
    }

    @Test
    void whenTheDatabaseIsMissingButItsWalIsThereThenTheStoreRefusesToStart() throws IOException {
        writeUsers(5);
        Files.delete(dir.resolve(StoreDirectory.DATABASE));
        Files.writeString(dir.resolve(StoreDirectory.WAL), "frames of a store that is gone");

        assertRefusedUnchanged("is missing while its pool.db-wal is there");
    }

    @Test
    void whenTheFileIsSomeOtherSqliteDatabaseThenTheStoreRefusesToStart() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoreDirectory.DATABASE));
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (text TEXT)");
        }

        assertRefusedUnchanged("holds no store_info table");
    }

    @Test
    void whenTheWalIsMissingAfterACleanCloseThenTheStoreOpensWithEverything() {
        writeUsers(5);
        assertThat(dir.resolve(StoreDirectory.WAL)).doesNotExist(); // closing checkpoints it into pool.db

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(5);
        }
    }

    @Test
    void whenTheDataDirIsEmptyThenTheStoreStartsEmpty() {
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.pools())).isEmpty();
        }
        assertThat(dir.resolve(StoreDirectory.DATABASE)).exists();
    }

    private void assertRefusedUnchanged(String saying) throws IOException {
        Map<String, byte[]> before = contents();

        assertThatThrownBy(() -> UserStore.open(dir, clock))
                .isInstanceOf(StoreOpenException.class)
                .hasMessageContaining(dir.resolve(StoreDirectory.DATABASE).toString())
                .hasMessageContaining(saying)
                .hasMessageContaining("restore it from a copy")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").endsWith("."));
        Map<String, byte[]> after = contents();
        assertThat(after).containsOnlyKeys(before.keySet().toArray(String[]::new));
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    private Map<String, byte[]> contents() throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private void writeUsers(int count) {
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(StoreExamples.pool(POOL));
                for (int i = 0; i < count; i++) {
                    tx.save(StoreExamples.user(POOL, "user-" + i, "user" + i + "@example.com"));
                }
                return null;
            });
        }
    }
}
