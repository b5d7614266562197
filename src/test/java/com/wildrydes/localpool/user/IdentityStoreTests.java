package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.user.StoredIdentityPool.LinkedClient;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identity pools and identities in the store: kept as given, in creation order, upgraded into. */
class IdentityStoreTests {

    static final String PROVIDER = "cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_AbC123xYz";
    static final StoredIdentityPool RIDERS = new StoredIdentityPool("ap-northeast-2:11111111-1111-1111-1111-111111111111",
            "WildRydesRiders", false, true, Map.of("accounts.google.com", "google-client"), "login.wildrydes",
            List.of("arn:aws:iam::123456789012:oidc-provider/example.com"),
            List.of(new LinkedClient(PROVIDER, "webclient", false), new LinkedClient(PROVIDER, "otherclient", null)),
            null, Map.of("team", "riders"), "arn:aws:iam::123456789012:role/WildRydesRider", null);
    static final StoredIdentity ANN = new StoredIdentity("ap-northeast-2:22222222-2222-2222-2222-222222222222",
            RIDERS.id(), PROVIDER, "ann-sub");
    static final StoredIdentity GUEST = new StoredIdentity("ap-northeast-2:33333333-3333-3333-3333-333333333333",
            RIDERS.id(), null, null);

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    static void writeRidersPool(Path dir, Clock clock) {
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(RIDERS);
                tx.save(ANN);
                tx.save(GUEST);
                return null;
            });
        }
    }

    @Test
    void whenSavedThenReadBackAfterReopeningExactlyAsGiven() {
        writeRidersPool(dir, clock);

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.identityPool(RIDERS.id()))).contains(RIDERS);
            assertThat(store.read((StoreView view) -> view.identity(ANN.id()))).contains(ANN);
            assertThat(store.read((StoreView view) -> view.identity(GUEST.id()))).contains(GUEST);
            assertThat(store.read((StoreView view) -> view.identityOf(RIDERS.id(), PROVIDER, "ann-sub"))).contains(ANN);
            assertThat(store.read((StoreView view) -> view.identityOf(RIDERS.id(), PROVIDER, "bob-sub"))).isEmpty();
        }
    }

    @Test
    void whenAnEarlierPoolIsSavedAgainThenItKeepsItsPlaceInTheList() {
        StoredIdentityPool later = new StoredIdentityPool("ap-northeast-2:44444444-4444-4444-4444-444444444444",
                "Later", true, null, null, null, null, null, null, null, null, null);
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(RIDERS);
                tx.save(later);
                return null;
            });
            store.write(tx -> {
                tx.save(RIDERS.withRoles(null, "arn:aws:iam::123456789012:role/Guest"));
                return null;
            });
        }

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.identityPools()))
                    .containsExactly(RIDERS.withRoles(null, "arn:aws:iam::123456789012:role/Guest"), later);
        }
    }

    @Test
    void whenAStoreOfSchemaVersionFourOpensThenItGainsTheIdentityTablesAndKeepsItsUsers() throws SQLException {
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(StoreExamples.pool(StoreDamageTests.POOL));
                tx.save(StoreExamples.user(StoreDamageTests.POOL, "ann", "ann@example.com"));
                return null;
            });
        }
        for (String table : List.of("identity_pools", "identity_pool_clients", "identity_pool_values", "identities")) {
            sql("DROP TABLE " + table); // as version 4 wrote it
        }
        sql("UPDATE store_info SET value = '4' WHERE key = 'schema_version'");

        writeRidersPool(dir, clock);

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.user(StoreDamageTests.POOL, "ann"))).isPresent();
            assertThat(store.read((StoreView view) -> view.identity(ANN.id()))).contains(ANN);
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoreDirectory.DATABASE));
                var rows = connection.createStatement().executeQuery(
                        "SELECT value FROM store_info WHERE key = 'schema_version'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(String.valueOf(StoreSchema.VERSION));
        }
    }

    private void sql(String statement) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoreDirectory.DATABASE));
                var run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }
}
