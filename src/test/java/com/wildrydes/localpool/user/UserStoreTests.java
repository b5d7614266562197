package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    void whenLastJournalRecordIsTornThenEarlierRecordsLoadAndStoreStaysWritable() throws IOException {
        writeTwoUsersAndClose();
        Path journal = dir.resolve(StoreFiles.JOURNAL);
        byte[] bytes = Files.readAllBytes(journal);
        Files.write(journal, java.util.Arrays.copyOf(bytes, bytes.length - 7));

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.user(POOL, "first"))).isPresent();
            assertThat(store.read((StoreView view) -> view.user(POOL, "second"))).isEmpty();
            store.write(tx -> save(tx, "third"));
        }
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(2);
        }
    }

    @Test
    void whenGarbageFollowsTheJournalThenEverythingBeforeItLoads() throws IOException {
        writeTwoUsersAndClose();
        Files.writeString(dir.resolve(StoreFiles.JOURNAL), "0000beef {\"changes\":[{\"chan",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(2);
        }
    }

    @Test
    void whenSnapshotTempFileIsLeftByACrashThenThePreviousSnapshotLoads() throws IOException {
        writeTwoUsersAndClose();
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(2);
        }
        Files.writeString(dir.resolve(StoreFiles.SNAPSHOT + ".tmp"), "half a snap");

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(2);
        }
        assertThat(dir.resolve(StoreFiles.SNAPSHOT + ".tmp")).doesNotExist();
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
