package com.wildrydes.localpool.user;

import static com.wildrydes.localpool.user.StoreExamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the owner may read the store (0700 directory, 0600 files); an unusable data dir is one sentence. */
class StoreDirectoryTests {

    static final String POOL = "ap-northeast-2_AbC123xYz";
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path parent;

    @Test
    void whenTheStoreCreatesItsDirectoryAndFilesThenOnlyTheOwnerMayReadThem() throws IOException {
        Path dir = parent.resolve("data").resolve("local-pool");
        try (UserStore store = UserStore.open(dir, clock)) {
            store.write(tx -> {
                tx.save(StoreExamples.pool(POOL));
                return null;
            });

            assertThat(mode(dir)).isEqualTo("rwx------");
            assertThat(mode(dir.resolve(StoreDirectory.DATABASE))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve(StoreDirectory.WAL))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve(StoreDirectory.SHM))).isEqualTo("rw-------");
        }
    }

    @Test
    void whenTheDirectoryAndDatabaseWereLooserThenTheyAreTightened() throws IOException {
        Path dir = parent.resolve("pool");
        UserStore.open(dir, clock).close();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir.resolve(StoreDirectory.DATABASE), PosixFilePermissions.fromString("rw-rw-r--"));

        UserStore.open(dir, clock).close();

        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(mode(dir.resolve(StoreDirectory.DATABASE))).isEqualTo("rw-------");
    }

    @Test
    void whenTheDataDirIsAFileThenTheStoreRefusesInOneSentence() throws IOException {
        Path file = Files.writeString(parent.resolve("pool"), "not a directory");

        assertThatThrownBy(() -> UserStore.open(file, clock)).isInstanceOf(StoreOpenException.class)
                .hasMessage("The local pool data dir " + file + " is a file, not a directory; move that file away or"
                        + " set wildrydes.local-pool.data-dir to a directory.");
        assertThat(file).hasContent("not a directory");
    }

    @Test
    void whenAParentOfTheDataDirIsAFileThenTheStoreRefusesInOneSentence() throws IOException {
        Path file = Files.writeString(parent.resolve("data"), "x");

        assertThatThrownBy(() -> UserStore.open(file.resolve("local-pool"), clock))
                .isInstanceOf(StoreOpenException.class)
                .hasMessage("The local pool data dir " + file.resolve("local-pool") + " cannot be created because " + file
                        + " is a file; move that file away or set wildrydes.local-pool.data-dir to another directory.")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void whenTheParentCannotBeCreatedThenTheStoreRefusesInOneSentence() {
        Path underProc = Path.of("/proc/wildrydes-no-such-dir/local-pool"); // nobody, not even root, may create it

        assertThatThrownBy(() -> UserStore.open(underProc, clock)).isInstanceOf(StoreOpenException.class)
                .hasMessageStartingWith("The local pool data dir " + underProc + " cannot be created (/proc/");
    }

    @Test
    void whenTheDataDirIsNotWritableThenTheStoreRefusesInOneSentenceAndCreatesNothing() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root may write anywhere").isNotEqualTo("root");
        Path dir = Files.createDirectory(parent.resolve("pool"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        try {
            assertThatThrownBy(() -> UserStore.open(dir, clock)).isInstanceOf(StoreOpenException.class)
                    .hasMessage("The local pool data dir " + dir + " is not writable by this user; give it to this"
                            + " user (chmod 700) or set wildrydes.local-pool.data-dir to a writable directory.");
            assertThat(dir).isEmptyDirectory();
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
