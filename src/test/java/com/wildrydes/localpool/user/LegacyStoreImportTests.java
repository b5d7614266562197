package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data dirs in the format before SQLite import once. The fixtures under {@code src/test/resources/localpool/
 * legacy-store} were written by that store's own code (commit "legacy-format fixtures"): {@code snapshot-and-journal}
 * holds a binary snapshot (pool, client, ann in two groups, a grant, bob with a code) and a 6-line journal (cid signs
 * up, ann fails a sign-in, bob is deleted, dan signs up, ann leaves riders, a revoked grant); {@code jsonl-snapshot}
 * holds the older JSON-lines snapshot with eve.
 */
class LegacyStoreImportTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void whenTheDataDirHoldsASnapshotAndAJournalThenEverythingIsImportedAndTheOldFilesAreRenamed() throws Exception {
        copyFixture("snapshot-and-journal");

        try (UserStore store = UserStore.open(dir, clock)) {
            assertImported(store);
        }

        assertThat(dir.resolve("snapshot.bin")).doesNotExist();
        assertThat(dir.resolve("journal.jsonl")).doesNotExist();
        assertThat(dir.resolve("snapshot.bin.imported")).hasSameBinaryContentAs(fixture("snapshot-and-journal/snapshot.bin"));
        assertThat(dir.resolve("journal.jsonl.imported")).hasSameBinaryContentAs(fixture("snapshot-and-journal/journal.jsonl"));
        try (UserStore store = UserStore.open(dir, clock)) { // from pool.db alone now
            assertImported(store);
        }
    }

    @Test
    void whenTheDataDirHoldsTheOlderJsonLinesSnapshotThenItIsImported() throws Exception {
        copyFixture("jsonl-snapshot");

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.userByEmail(POOL, "EVE@example.com")))
                    .map(StoredUser::username).contains("eve");
        }
        assertThat(dir.resolve("snapshot.jsonl.imported")).exists();
    }

    @Test
    void whenAJournalLineInTheMiddleIsDamagedThenNothingIsImportedAndNothingChanges() throws Exception {
        copyFixture("snapshot-and-journal");
        Path journal = dir.resolve("journal.jsonl");
        byte[] bytes = Files.readAllBytes(journal);
        int third = nthLineStart(bytes, 3);
        bytes[third + 40] ^= 0x01;
        Files.write(journal, bytes);
        Map<String, byte[]> before = StoreExamples.filesIn(dir);

        assertThatThrownBy(() -> UserStore.open(dir, clock)).isInstanceOf(StoreOpenException.class)
                .hasMessage("The old-format local pool file " + journal + " is damaged (line 3 fails its checksum and"
                        + " intact lines follow it), so nothing was imported or changed; restore it from a copy, or move"
                        + " it out of " + dir + " to start without it.");
        Map<String, byte[]> after = StoreExamples.filesIn(dir);
        assertThat(after).containsOnlyKeys(before.keySet().toArray(String[]::new));
        before.forEach((name, content) -> assertThat(after.get(name)).as(name).isEqualTo(content));
    }

    @Test
    void whenTheJournalEndsInAWriteTornByACrashThenTheLinesBeforeItAreImported() throws Exception {
        copyFixture("snapshot-and-journal");
        Path journal = dir.resolve("journal.jsonl");
        byte[] bytes = Files.readAllBytes(journal);
        Files.write(journal, java.util.Arrays.copyOf(bytes, bytes.length - 7));

        try (UserStore store = UserStore.open(dir, clock)) {
            assertThat(store.read((StoreView view) -> view.user(POOL, "dan"))).isPresent(); // line 4
            assertThat(store.read((StoreView view) -> view.grant("cd".repeat(32)))).isEmpty(); // line 6, torn
        }
        assertThat(dir.resolve("journal.jsonl.imported")).hasSize(bytes.length - 7);
    }

    @Test
    void whenACrashCameBetweenTheImportAndTheRenamesThenTheNextStartOnlyRenames() throws Exception {
        copyFixture("snapshot-and-journal");
        UserStore.open(dir, clock).close();
        Files.copy(dir.resolve("journal.jsonl.imported"), dir.resolve("journal.jsonl"));

        try (UserStore store = UserStore.open(dir, clock)) {
            assertImported(store);
        }
        assertThat(dir.resolve("journal.jsonl")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("journal.jsonl.imported-"));
        }
    }

    @Test
    void whenOldFilesAppearBesideAStoreTheyWereNotImportedIntoThenTheStoreRefusesToGuess() throws Exception {
        UserStore.open(dir, clock).close();
        copyFixture("jsonl-snapshot");

        assertThatThrownBy(() -> UserStore.open(dir, clock)).isInstanceOf(StoreOpenException.class)
                .hasMessageContaining("holds both pool.db and old-format files");
        assertThat(dir.resolve("snapshot.jsonl")).exists();
    }

    private static void assertImported(UserStore store) {
        StoredUser ann = store.read((StoreView view) -> view.userByEmail(POOL, "ann@example.com")).orElseThrow();
        assertThat(ann.status()).isEqualTo(UserStatus.CONFIRMED);
        assertThat(ann.attributes()).containsEntry("custom:plan", "gold").containsEntry("email_verified", "true");
        assertThat(ann.signIn().failures()).isEqualTo(2);
        assertThat(ann.passwordHash()).isEqualTo(new StoredPassword("5a".repeat(16), "c3".repeat(384)));
        assertThat(store.read((StoreView view) -> view.groupsOf(POOL, "ann"))).extracting(PoolGroup::name)
                .containsExactly("admins");
        assertThat(store.read((StoreView view) -> view.user(POOL, "bob"))).isEmpty();
        assertThat(store.read((StoreView view) -> view.code(POOL, "bob", CodePurpose.SIGN_UP))).isEmpty();
        assertThat(store.read((StoreView view) -> view.code(POOL, "cid", CodePurpose.SIGN_UP)).orElseThrow()
                .matches("135111")).isTrue();
        assertThat(store.read((StoreView view) -> view.userCount(POOL))).isEqualTo(3);
        assertThat(store.read((StoreView view) -> view.grant("ab".repeat(32)))).map(RefreshGrant::revoked).contains(false);
        assertThat(store.read((StoreView view) -> view.grant("cd".repeat(32)))).map(RefreshGrant::revoked).contains(true);
        assertThat(store.read((StoreView view) -> view.client("client1"))).map(AppClient::secret).contains("s3cret");
        assertThat(store.read((StoreView view) -> view.pool(POOL))).contains(StoreExamples.pool(POOL));
    }

    private void copyFixture(String name) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(fixture(name))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(LegacyStoreImportTests.class.getResource("/localpool/legacy-store/" + name).toURI());
    }

    private static int nthLineStart(byte[] bytes, int line) {
        int start = 0;
        for (int seen = 1; seen < line; seen++) {
            while (bytes[start] != '\n') {
                start++;
            }
            start++;
        }
        return start;
    }
}
