package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passkeys, pools' WebAuthn settings and sign-in policies in the store: kept, checked, upgraded into, deleted. */
class WebAuthnStoreTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    static final WebAuthnCredential PASSKEY = new WebAuthnCredential(POOL, "ann", "Y3JlZGVudGlhbA", "Passkey",
            "localhost", "platform", List.of("hybrid", "internal"), NOW, "AAAA", 7);
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void whenSavedThenReadBackAfterReopening() {
        writeAnnWithAPasskey();

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.webAuthnCredentials(POOL, "ANN"))).containsExactly(PASSKEY);
            assertThat(store.read((StoreView view) -> view.webAuthnConfig(POOL)))
                    .isEqualTo(new PoolWebAuthnConfig(POOL, "rides.example.com", "required"));
            assertThat(store.read((StoreView view) -> view.signInPolicy(POOL)))
                    .contains(new PoolSignInPolicy(POOL, List.of("PASSWORD", "WEB_AUTHN")));
            assertThat(store.read((StoreView view) -> view.webAuthnConfig("other")))
                    .isEqualTo(PoolWebAuthnConfig.unset("other"));
            assertThat(store.read((StoreView view) -> view.signInPolicy("other"))).isEqualTo(Optional.empty());
        }
    }

    @Test
    void whenUsedThenTheNewCountIsKeptAndWhenDeletedOrTheUserGoesThenGone() {
        writeAnnWithAPasskey();
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(PASSKEY.usedWith(8));
                return null;
            });
        }
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.webAuthnCredentials(POOL, "ann")).get(0).signCount())
                    .isEqualTo(8);
            store.write(tx -> {
                tx.delete(tx.user(POOL, "ann").orElseThrow());
                return null;
            });
            assertThat(store.read((StoreView view) -> view.webAuthnCredentials(POOL, "ann"))).isEmpty();
        }
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.webAuthnCredentials(POOL, "ann"))).isEmpty();
        }
    }

    @Test
    void whenARowWasChangedWithTheSqliteToolThenTheStoreRefusesToStart() throws SQLException {
        writeAnnWithAPasskey();
        sql("UPDATE webauthn_credentials SET sign_count = 0");
        assertThatThrownBy(() -> UserStore.open(dir, clock)).isInstanceOf(StoreOpenException.class)
                .hasMessageContaining("A row of webauthn_credentials does not match its row_check");

        sql("DELETE FROM webauthn_credentials");
        sql("UPDATE pool_webauthn SET relying_party_id = 'evil.example'");
        assertThatThrownBy(() -> UserStore.open(dir, clock)).isInstanceOf(StoreOpenException.class)
                .hasMessageContaining("A row of pool_webauthn does not match its row_check");

        sql("DELETE FROM pool_webauthn");
        sql("UPDATE pool_sign_in SET allowed_first_auth_factors = 'PASSWORD'");
        assertThatThrownBy(() -> UserStore.open(dir, clock)).isInstanceOf(StoreOpenException.class)
                .hasMessageContaining("A row of pool_sign_in does not match its row_check");
    }

    @Test
    void whenAStoreOfSchemaVersionThreeOpensThenItGainsTheTablesAndKeepsItsUsers() throws SQLException {
        writeAnnWithAPasskey();
        StoreSchemaChanges.dropVersionFourTables(dir);
        sql("UPDATE store_info SET value = '3' WHERE key = 'schema_version'");

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.user(POOL, "ann"))).isPresent();
            assertThat(store.read((StoreView view) -> view.webAuthnCredentials(POOL, "ann"))).isEmpty();
            store.write(tx -> {
                tx.save(PASSKEY);
                return null;
            });
        }
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.webAuthnCredentials(POOL, "ann"))).containsExactly(PASSKEY);
        }
    }

    private void writeAnnWithAPasskey() {
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(StoreExamples.pool(POOL));
                tx.save(StoreExamples.user(POOL, "ann", "ann@example.com"));
                tx.save(PASSKEY);
                tx.save(new PoolWebAuthnConfig(POOL, "rides.example.com", "required"));
                tx.save(new PoolSignInPolicy(POOL, List.of("PASSWORD", "WEB_AUTHN")));
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
