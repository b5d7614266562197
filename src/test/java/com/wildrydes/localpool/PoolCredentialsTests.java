package com.wildrydes.localpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolCredentialsTests {

    @TempDir
    Path temp;

    @Test
    void firstStartGeneratesAPairOwnerOnlyInANewOwnerOnlyDataDir() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        Path dataDir = temp.resolve("data/local-pool");

        PoolCredentials credentials = PoolCredentials.loadOrCreate(dataDir);

        Path file = dataDir.resolve("credentials");
        assertThat(credentials.file()).isEqualTo(file.toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(credentials.accessKeyId()).matches("LOCL[A-Z2-7]{16}");
        assertThat(credentials.secretAccessKey()).hasSize(40);
        assertThat(Files.readString(file)).contains("[default]", "aws_access_key_id = " + credentials.accessKeyId(),
                "aws_secret_access_key = " + credentials.secretAccessKey());
        try (var leftovers = Files.list(dataDir)) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void laterStartsReuseThePair() {
        PoolCredentials first = PoolCredentials.loadOrCreate(temp);

        PoolCredentials again = PoolCredentials.loadOrCreate(temp);

        assertThat(again).isEqualTo(first);
    }

    @Test
    void twoDataDirsGetDifferentPairs() {
        assertThat(PoolCredentials.loadOrCreate(temp.resolve("a")).secretAccessKey())
                .isNotEqualTo(PoolCredentials.loadOrCreate(temp.resolve("b")).secretAccessKey());
    }

    @Test
    void configuredPairWinsAndNoFileIsWritten() {
        PoolCredentials credentials = PoolCredentials.resolve(" MYKEY ", "my-secret", temp);

        assertThat(credentials).isEqualTo(new PoolCredentials("MYKEY", "my-secret", null));
        assertThat(temp.resolve("credentials")).doesNotExist();
    }

    @Test
    void halfAPairIsAMistake() {
        assertThatIllegalStateException().isThrownBy(() -> PoolCredentials.resolve("MYKEY", " ", temp))
                .withMessageContaining("set together");
    }

    @Test
    void fileWithoutTheSecretIsRefusedWithWhatToDo() throws IOException {
        Files.writeString(temp.resolve("credentials"), "[default]\naws_access_key_id = X\n");

        assertThatIllegalStateException().isThrownBy(() -> PoolCredentials.loadOrCreate(temp))
                .withMessageContaining("delete it");
    }

    @Test
    void textFormNeverShowsTheSecret() {
        PoolCredentials credentials = PoolCredentials.loadOrCreate(temp);

        assertThat(credentials.toString()).contains(credentials.accessKeyId()).doesNotContain(credentials.secretAccessKey());
    }
}
