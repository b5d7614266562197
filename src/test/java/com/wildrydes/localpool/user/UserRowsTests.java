package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users are read from the database when needed: what the in-memory index answered, the rows answer the same. */
class UserRowsTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void whenTwoUsersSaveTheSameEmailThenTheLastSavedIsFoundUntilTheyGiveItUp() {
        try (UserStore store = UserStore.open(dir, clock)) {
            save(store, StoreExamples.pool(POOL), StoreExamples.user(POOL, "ann", "shared@example.com"));
            save(store, StoreExamples.user(POOL, "bob", "Shared@Example.com"));
            assertThat(emailOwner(store, "SHARED@example.com")).isEqualTo("bob");

            StoredUser ann = store.read(view -> view.user(POOL, "ann")).orElseThrow();
            save(store, ann.withAttribute("email", "ann@example.com", NOW)); // ann never held it last: bob keeps it
            assertThat(emailOwner(store, "shared@example.com")).isEqualTo("bob");
            assertThat(emailOwner(store, "ann@example.com")).isEqualTo("ann");

            StoredUser bob = store.read(view -> view.user(POOL, "bob")).orElseThrow();
            save(store, bob.withAttribute("email", "bob@example.com", NOW));
            assertThat(store.read((StoreView view) -> view.userByEmail(POOL, "shared@example.com"))).isEmpty();
        }
    }

    @Test
    void whenAUserRowIsChangedWhileTheStoreIsOpenThenReadingThatUserFailsRatherThanAnswerWithIt() throws SQLException {
        try (UserStore store = UserStore.open(dir, clock)) {
            save(store, StoreExamples.pool(POOL), StoreExamples.user(POOL, "ann", "ann@example.com"));
            sql("UPDATE users SET status = 'CONFIRMED' WHERE username = 'ann'");

            assertThatThrownBy(() -> store.read((StoreView view) -> view.user(POOL, "ann")))
                    .hasMessage("User ann does not match its row_check (damaged on disk, or changed outside the pool)");
            assertThatThrownBy(() -> store.read((StoreView view) -> view.users(POOL, null, 10, user -> true)))
                    .hasMessageContaining("User ann does not match its row_check");
        }
    }

    @Test
    void whenAStoreOfSchemaVersionOneOpensThenItGainsTheEmailIndexAndFindsItsUsersByEmail() throws SQLException {
        try (UserStore store = UserStore.open(dir, clock)) {
            save(store, StoreExamples.pool(POOL), StoreExamples.user(POOL, "ann", "Ann@Example.com"),
                    StoreExamples.user(POOL, "bob", "bob@example.com"));
        }
        sql("DROP TABLE user_emails"); // as version 1 wrote it
        sql("DROP TABLE software_tokens");
        sql("DROP TABLE pool_mfa");
        StoreSchemaChanges.dropVersionFourTables(dir);
        sql("UPDATE store_info SET value = '1' WHERE key = 'schema_version'");

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(emailOwner(store, "ann@example.com")).isEqualTo("ann");
            assertThat(emailOwner(store, "BOB@example.com")).isEqualTo("bob");
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                var version = statement.executeQuery("SELECT value FROM store_info WHERE key = 'schema_version'")) {
            assertThat(version.getString(1)).isEqualTo(String.valueOf(StoreSchema.VERSION));
        }
    }

    private static String emailOwner(UserStore store, String email) {
        return store.read(view -> view.userByEmail(POOL, email)).map(StoredUser::username).orElse(null);
    }

    private static void save(UserStore store, Object... records) {
        store.write(tx -> {
            for (Object record : records) {
                if (record instanceof UserPool pool) {
                    tx.save(pool);
                } else {
                    tx.save((StoredUser) record);
                }
            }
            return null;
        });
    }

    /** As someone with the sqlite3 tool would. */
    private void sql(String statement) throws SQLException {
        try (Connection connection = connect(); Statement edit = connection.createStatement()) {
            edit.executeUpdate(statement);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoreDirectory.DATABASE));
    }
}
