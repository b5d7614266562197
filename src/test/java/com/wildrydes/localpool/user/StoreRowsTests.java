package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of record through the SQLite file and back, and many commits in a row. */
class StoreRowsTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void whenReopenedThenEveryKindOfRecordComesBackUnchanged() {
        StoredUser locked = StoreExamples.user(POOL, "u-1", "Ann@Example.com")
                .withSignIn(new SignInAttempts(6, NOW.plusSeconds(2))).signedOut(NOW.plusNanos(123_456_789));
        ConfirmationCode code = ConfirmationCode.issue(POOL, "u-1", CodePurpose.SIGN_UP, NOW, new SecureRandom()).code();
        RefreshGrant grant = new RefreshGrant("ab".repeat(32), POOL, "client1", "u-1", "jti-1", NOW,
                NOW.plusSeconds(3600), true);
        PoolGroup group = new PoolGroup(POOL, "admin", "Admins", 1, null, NOW, NOW);
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(StoreExamples.pool(POOL));
                tx.save(StoreExamples.client(POOL, "client1"));
                tx.save(locked);
                tx.save(code);
                tx.save(grant);
                tx.save(group);
                tx.addToGroup(locked, group);
                return null;
            });
        }
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.user(POOL, "U-1"))).contains(locked);
            assertThat(store.read((StoreView view) -> view.code(POOL, "u-1", CodePurpose.SIGN_UP))).contains(code);
            assertThat(store.read((StoreView view) -> view.grant(grant.tokenHash()))).contains(grant);
            assertThat(store.read((StoreView view) -> view.groupsOf(POOL, "u-1"))).containsExactly(group);
            assertThat(store.read((StoreView view) -> view.client("client1"))).contains(StoreExamples.client(POOL, "client1"));
            assertThat(store.read((StoreView view) -> view.pool(POOL))).contains(StoreExamples.pool(POOL));
        }
    }

    @Test
    void whenManyCommitsFollowEachOtherAcrossRestartsThenNoneIsLost() {
        try (UserStore store = UserStore.open(dir, clock)) {
            for (int i = 0; i < 2_000; i++) {
                int index = i;
                store.write(tx -> saveUser(tx, "early-" + index));
            }
        }
        try (UserStore store = UserStore.open(dir, clock)) {
            for (int i = 0; i < 200; i++) {
                int index = i;
                store.write(tx -> saveUser(tx, "late-" + index));
            }
        }

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(2_200);
            assertThat(store.read((StoreView view) -> view.userByEmail(POOL, "late-199@example.com"))).isPresent();
        }
    }

    private static Void saveUser(StoreTransaction tx, String username) {
        if (tx.pool(POOL).isEmpty()) {
            tx.save(StoreExamples.pool(POOL));
        }
        tx.save(StoreExamples.user(POOL, username, username + "@example.com"));
        return null;
    }
}
