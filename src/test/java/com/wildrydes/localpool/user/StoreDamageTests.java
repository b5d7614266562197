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
        bytes[StoreSchema.PAGE_SIZE] ^= 0x55; // page 2's b-tree header: where the store_info table begins
        Files.write(database, bytes);

        assertRefusedUnchanged("is damaged (SQLite");
    }

    @Test
    void whenAByteInsideAUsersVerifierIsFlippedThenTheStoreRefusesToStartAndChangesNothing() throws IOException {
        String verifier = "0abc" + "c3".repeat(382);
        writeUsers(200);
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(new StoredUser(POOL, "ann", "ann", Map.of("email", "ann@example.com"),
                        new StoredPassword("5a".repeat(16), verifier), UserStatus.CONFIRMED, true, NOW, NOW, null, null));
                return null;
            });
        }
        Path database = dir.resolve(StoreDirectory.DATABASE);
        byte[] bytes = Files.readAllBytes(database);
        // every copy: page splits can leave stale ones in unused space, where a flip would harm nothing
        for (int at : indexesOf(bytes, verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            bytes[at + 300] ^= 0x01; // still a hex digit: SQLite's own checks cannot see this
        }
        Files.write(database, bytes);

        assertRefusedUnchanged("User ann does not match its row_check (damaged on disk, or changed outside the pool)");
    }

    @Test
    void whenARowWasChangedWithTheSqliteToolThenTheStoreRefusesToStart() throws Exception {
        writeUsers(5);
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoreDirectory.DATABASE));
                var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE users SET status = 'CONFIRMED' WHERE username = 'user-3'");
        }

        assertRefusedUnchanged("User user-3 does not match its row_check");
    }

    @Test
    void whenAnAttributeOrTheEmailIndexWasChangedWithTheSqliteToolThenTheStoreRefusesToStart() throws Exception {
        writeUsers(5);
        edit("UPDATE user_attributes SET value = 'true' WHERE name = 'email_verified'");
        assertRefusedUnchanged("Attribute email_verified of the user with id 1 does not match its row_check");

        edit("DELETE FROM user_attributes WHERE name = 'email_verified'");
        edit("UPDATE user_emails SET user_id = 2 WHERE email_key = 'user0@example.com'"); // finds someone else
        assertRefusedUnchanged("The email index entry of the user with id 2 does not match its row_check");
    }

    @Test
    void whenAnIdentityPoolOrAnIdentityWasChangedWithTheSqliteToolThenTheStoreRefusesToStart() throws Exception {
        writeUsers(1);
        IdentityStoreTests.writeRidersPool(dir, clock);
        edit("UPDATE identities SET sub = 'someone-else'"); // the identity id would pass to another rider
        assertRefusedUnchanged("A row of identities does not match its row_check");

        edit("DELETE FROM identities");
        edit("UPDATE identity_pools SET authenticated_role = 'arn:aws:iam::123456789012:role/Admin'");
        assertRefusedUnchanged("A row of identity_pools does not match its row_check");

        edit("DELETE FROM identity_pools");
        edit("UPDATE identity_pool_clients SET client_id = 'anotherclient'");
        assertRefusedUnchanged("A row of identity_pool_clients does not match its row_check");

        edit("DELETE FROM identity_pool_clients");
        edit("UPDATE identity_pool_values SET value = 'other'");
        assertRefusedUnchanged("A row of identity_pool_values does not match its row_check");
    }

    private void edit(String sql) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoreDirectory.DATABASE));
                var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
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
        Map<String, byte[]> before = StoreExamples.filesIn(dir);

        assertThatThrownBy(() -> UserStore.open(dir, clock))
                .isInstanceOf(StoreOpenException.class)
                .hasMessageContaining(dir.resolve(StoreDirectory.DATABASE).toString())
                .hasMessageContaining(saying)
                .hasMessageContaining("restore it from a copy")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").endsWith("."));
        Map<String, byte[]> after = StoreExamples.filesIn(dir);
        assertThat(after).containsOnlyKeys(before.keySet().toArray(String[]::new));
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    private static java.util.List<Integer> indexesOf(byte[] bytes, byte[] wanted) {
        java.util.List<Integer> found = new java.util.ArrayList<>();
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                found.add(i);
            }
        }
        assertThat(found).isNotEmpty();
        return found;
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
