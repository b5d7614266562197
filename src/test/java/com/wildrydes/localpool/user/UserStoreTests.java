package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void whenReopenedThenPoolsClientsUsersAndCodesAreBack() {
        ConfirmationCode.Issued issued = ConfirmationCode.issue(POOL, "u-1", CodePurpose.SIGN_UP, NOW, new SecureRandom());
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(StoreExamples.pool(POOL));
                tx.save(StoreExamples.client(POOL, "client1"));
                tx.save(StoreExamples.user(POOL, "u-1", "Ann@Example.com"));
                tx.save(issued.code());
                return null;
            });
        }
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.pool(POOL))).isPresent();
            assertThat(store.read((StoreView view) -> view.client("client1"))).map(AppClient::poolId).contains(POOL);
            assertThat(store.read((StoreView view) -> view.userByEmail(POOL, "ann@EXAMPLE.com"))).map(StoredUser::username)
                    .contains("u-1");
            assertThat(store.read((StoreView view) -> view.code(POOL, "U-1", CodePurpose.SIGN_UP)).orElseThrow()
                    .matches(issued.digits())).isTrue();
        }
    }

    @Test
    void whenANewStoreWasCutShortByACrashThenTheUnfinishedFileIsDroppedAndTheStoreStartsEmpty() throws IOException {
        Files.writeString(dir.resolve(StoreDirectory.UNFINISHED), "half a store");

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.pools())).isEmpty();
            store.write(tx -> save(tx, "first"));
        }
        assertThat(dir.resolve(StoreDirectory.UNFINISHED)).doesNotExist();
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(1);
        }
    }

    @Test
    void whenCodesAndGrantsHaveExpiredThenTheyAreGoneAfterARestart() {
        ConfirmationCode code = ConfirmationCode.issue(POOL, "first", CodePurpose.FORGOT_PASSWORD, NOW,
                new SecureRandom()).code();
        RefreshGrant grant = new RefreshGrant("ab".repeat(32), POOL, "client1", "first", "jti-1", NOW,
                NOW.plusSeconds(60), false);
        try (UserStore store = UserStore.open(dir, clock)) {
            writePoolWithUser(store);
            store.write(tx -> {
                tx.save(code);
                tx.save(grant);
                return null;
            });
        }

        try (UserStore store = UserStore.open(dir, Clock.fixed(NOW.plus(CodePurpose.FORGOT_PASSWORD.validity()),
                ZoneOffset.UTC))) {
            assertThat(store.read((StoreView view) -> view.code(POOL, "first", CodePurpose.FORGOT_PASSWORD))).isEmpty();
            assertThat(store.read((StoreView view) -> view.grant(grant.tokenHash()))).isEmpty();
            assertThat(store.read((StoreView view) -> view.user(POOL, "first"))).isPresent();
        }
    }

    @Test
    void whenWorkThrowsThenNothingIsCommitted() {
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThatThrownBy(() -> store.write(tx -> {
                tx.save(StoreExamples.pool(POOL));
                throw new IllegalStateException("changed my mind");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(store.read((StoreView view) -> view.pools())).isEmpty();
        }
    }

    @Test
    void whenUserDeletedThenCodesMembershipsAndEmailLookupGoToo() {
        try (UserStore store = UserStore.open(dir, clock)) {
            writePoolWithUser(store);
            StoredUser user = store.read(view -> view.user(POOL, "first")).orElseThrow();
            PoolGroup group = new PoolGroup(POOL, "admin", null, null, null, NOW, NOW);
            store.write(tx -> {
                tx.save(group);
                tx.addToGroup(user, group);
                tx.save(ConfirmationCode.issue(POOL, "first", CodePurpose.SIGN_UP, NOW, new SecureRandom()).code());
                return null;
            });
            assertThat(store.read((StoreView view) -> view.groupsOf(POOL, "FIRST"))).extracting(PoolGroup::name).containsExactly("admin");

            store.write(tx -> {
                tx.delete(user);
                return null;
            });

            assertThat(store.read((StoreView view) -> view.userByEmail(POOL, "first@example.com"))).isEmpty();
            assertThat(store.read((StoreView view) -> view.code(POOL, "first", CodePurpose.SIGN_UP))).isEmpty();
            assertThat(store.read((StoreView view) -> view.groupsOf(POOL, "first"))).isEmpty();
        }
    }

    @Test
    void whenUsersListedThenInUsernameOrderAfterTheGivenOne() {
        try (UserStore store = UserStore.open(dir, clock)) {
            writePoolWithUser(store);
            store.write(tx -> save(tx, "b"));
            store.write(tx -> save(tx, "a"));

            assertThat(store.read((StoreView view) -> view.users(POOL, null, 2, user -> true)))
                    .extracting(StoredUser::username).containsExactly("a", "b");
            assertThat(store.read((StoreView view) -> view.users(POOL, "b", 10, user -> true)))
                    .extracting(StoredUser::username).containsExactly("first");
        }
    }

    private void writeTwoUsersAndClose() {
        try (UserStore store = UserStore.open(dir, clock)) {
            writePoolWithUser(store);
            store.write(tx -> save(tx, "second"));
        }
    }

    private static void writePoolWithUser(UserStore store) {
        store.write(tx -> {
            tx.save(StoreExamples.pool(POOL));
            tx.save(StoreExamples.user(POOL, "first", "first@example.com"));
            return null;
        });
    }

    private static Optional<Void> save(StoreTransaction tx, String username) {
        tx.save(StoreExamples.user(POOL, username, username + "@example.com"));
        return Optional.empty();
    }
}
