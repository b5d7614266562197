package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary snapshot, its migration from the JSON-lines snapshot, and folding the journal in the background. */
class StoreFilesTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void whenReopenedThenEveryKindOfRecordComesBackFromTheBinarySnapshotUnchanged() {
        // the journal keeps instants to the millisecond
        StoredUser locked = StoreExamples.user(POOL, "u-1", "Ann@Example.com")
                .withSignIn(new SignInAttempts(6, NOW.plusSeconds(2))).signedOut(NOW.plusMillis(123));
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
        UserStore.open(dir, clock).close(); // folds the journal into the snapshot

        assertThat(dir.resolve(StoreFiles.JOURNAL)).isEmptyFile();
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
    void whenDataDirHasTheEarlierJsonLinesSnapshotThenItOpensAndIsReplacedByTheBinaryOne() throws IOException {
        StoredUser ann = StoreExamples.user(POOL, "u-1", "ann@example.com");
        writeLegacySnapshot(List.of(new StoreChange.PoolSaved(StoreExamples.pool(POOL)), new StoreChange.UserSaved(ann)));

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userByEmail(POOL, "ANN@example.com"))).contains(ann);
        }

        assertThat(dir.resolve(StoreFiles.LEGACY_SNAPSHOT)).doesNotExist();
        assertThat(dir.resolve(StoreFiles.SNAPSHOT)).exists();
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userByEmail(POOL, "ann@example.com"))).contains(ann);
        }
    }

    @Test
    void whenAFoldWasCutByACrashThenTheSetAsideJournalStillLoadsAndIsFoldedNextTime() throws IOException {
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> saveUser(tx, "first"));
        }
        Files.move(dir.resolve(StoreFiles.JOURNAL), dir.resolve(StoreFiles.PREVIOUS_JOURNAL));

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.user(POOL, "first"))).isPresent();
            store.write(tx -> saveUser(tx, "second"));
        }

        assertThat(dir.resolve(StoreFiles.PREVIOUS_JOURNAL)).doesNotExist();
        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(2);
        }
    }

    @Test
    void whenWritesHappenWhileTheSnapshotIsWrittenThenNoneIsLost() {
        try (UserStore store = UserStore.open(dir, clock)) {
            for (int i = 0; i < 2_000; i++) {
                int index = i;
                store.write(tx -> saveUser(tx, "early-" + index));
            }
        }
        try (UserStore store = UserStore.open(dir, clock)) { // its fold runs while these commit
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

    @Test
    void whenASnapshotBlockIsDamagedThenTheBlocksBeforeItLoad() throws IOException {
        try (UserStore store = UserStore.open(dir, clock)) {
            for (int i = 0; i < 2_000; i++) {
                int index = i;
                store.write(tx -> saveUser(tx, "user-" + index));
            }
        }
        UserStore.open(dir, clock).close();
        Path snapshot = dir.resolve(StoreFiles.SNAPSHOT);
        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[bytes.length - 100] ^= 0x55;
        Files.write(snapshot, bytes);

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userCount(POOL))).isBetween(1, 1_999);
        }
    }

    private static Void saveUser(StoreTransaction tx, String username) {
        if (tx.pool(POOL).isEmpty()) {
            tx.save(StoreExamples.pool(POOL));
        }
        tx.save(StoreExamples.user(POOL, username, username + "@example.com"));
        return null;
    }

    /** What earlier versions wrote: one JSON line per saved value. */
    private void writeLegacySnapshot(List<StoreChange> changes) throws IOException {
        StoreJson json = new StoreJson();
        try (OutputStream out = Files.newOutputStream(dir.resolve(StoreFiles.LEGACY_SNAPSHOT))) {
            for (StoreChange change : changes) {
                out.write(json.encode(new UserStore.Commit(List.of(change))));
            }
        }
    }
}
