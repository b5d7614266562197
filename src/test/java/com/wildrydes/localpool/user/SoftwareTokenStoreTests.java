package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authenticator apps and pools' MFA settings in the store: kept, checked, upgraded into, deleted with the user. */
class SoftwareTokenStoreTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW";
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void whenSavedThenReadBackAfterReopeningWithThePoolsSettings() {
        writeAnnWithAnApp();

        try (UserStore store = UserStore.open(dir, clock)) {
            SoftwareToken token = store.read((StoreView view) -> view.softwareToken(POOL, "ANN"));
            assertThat(token).isEqualTo(new SoftwareToken(POOL, "ann", null, SECRET, true, true, 42));
            assertThat(store.read((StoreView view) -> view.mfaConfig(POOL))).isEqualTo(new PoolMfaConfig(POOL, "OPTIONAL", true));
            assertThat(store.read((StoreView view) -> view.softwareToken(POOL, "bob"))).isEqualTo(SoftwareToken.none(POOL, "bob"));
            assertThat(store.read((StoreView view) -> view.mfaConfig("other"))).isEqualTo(PoolMfaConfig.off("other"));
        }
    }

    @Test
    void whenTheUserIsDeletedThenTheirAppGoesWithThem() {
        writeAnnWithAnApp();
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.delete(tx.user(POOL, "ann").orElseThrow());
                return null;
            });
            assertThat(store.read((StoreView view) -> view.softwareToken(POOL, "ann")).verified()).isFalse();
        }
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.softwareToken(POOL, "ann")).verified()).isFalse();
        }
    }

    @Test
    void whenARowWasChangedWithTheSqliteToolThenTheStoreRefusesToStart() throws SQLException {
        writeAnnWithAnApp();
        sql("UPDATE software_tokens SET last_time_step = 41");

        assertThatThrownBy(() -> UserStore.open(dir, clock)).isInstanceOf(StoreOpenException.class)
                .hasMessageContaining("A row of software_tokens does not match its row_check");

        sql("DELETE FROM software_tokens");
        sql("UPDATE pool_mfa SET mfa_configuration = 'OFF'");
        assertThatThrownBy(() -> UserStore.open(dir, clock)).isInstanceOf(StoreOpenException.class)
                .hasMessageContaining("A row of pool_mfa does not match its row_check");
    }

    @Test
    void whenAStoreOfSchemaVersionTwoOpensThenItGainsTheTablesAndKeepsItsUsers() throws SQLException {
        writeAnnWithAnApp();
        sql("DROP TABLE software_tokens"); // as version 2 wrote it
        sql("DROP TABLE pool_mfa");
        StoreSchemaChanges.dropVersionFourTables(dir);
        sql("UPDATE store_info SET value = '2' WHERE key = 'schema_version'");

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.user(POOL, "ann"))).isPresent();
            assertThat(store.read((StoreView view) -> view.softwareToken(POOL, "ann"))).isEqualTo(SoftwareToken.none(POOL, "ann"));
            store.write(tx -> {
                tx.save(new PoolMfaConfig(POOL, "ON", true));
                return null;
            });
        }
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.mfaConfig(POOL)).required()).isTrue();
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoreDirectory.DATABASE));
                var version = connection.createStatement()
                        .executeQuery("SELECT value FROM store_info WHERE key = 'schema_version'")) {
            assertThat(version.getString(1)).isEqualTo(String.valueOf(StoreSchema.VERSION));
        }
    }

    private void writeAnnWithAnApp() {
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(StoreExamples.pool(POOL));
                tx.save(StoreExamples.user(POOL, "ann", "ann@example.com"));
                tx.save(new SoftwareToken(POOL, "ann", null, SECRET, true, true, 42));
                tx.save(new PoolMfaConfig(POOL, "OPTIONAL", true));
                return null;
            });
        }
    }

    private void sql(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoreDirectory.DATABASE));
                var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
