package com.wildrydes.localpool.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The outbox holds every code the pool "sent": only its owner may read it (0600), like the store's files. */
@ExtendWith(OutputCaptureExtension.class)
class OutboxFileTests {

    static final OutboxMessage CODE = new OutboxMessage("rider@example.com", "Your verification code",
            "Your verification code is 123456.", Instant.parse("2026-03-01T09:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void whenTheOutboxCreatesItsFileThenOnlyTheOwnerMayReadIt(CapturedOutput output) throws IOException {
        try (Outbox outbox = Outbox.open(dir)) {
            outbox.send(CODE);
        }

        assertThat(mode(dir.resolve("sent-mail.jsonl"))).isEqualTo("rw-------");
        assertThat(output).doesNotContain("tightened");
    }

    @Test
    void whenTheFileWasLooserThenItIsTightenedWithOneWarningAndKeepsItsMessages(CapturedOutput output)
            throws IOException {
        Outbox.open(dir).close();
        Path file = dir.resolve("sent-mail.jsonl");
        try (Outbox outbox = Outbox.open(dir)) {
            outbox.send(CODE);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        try (Outbox reopened = Outbox.open(dir)) {
            assertThat(reopened.newestFirst()).containsExactly(CODE);
        }

        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(output.getAll().lines().filter(line -> line.contains("tightened"))).singleElement()
                .satisfies(line -> assertThat(line).contains("WARN").contains(file.toString())
                        .contains("was rw-r--r--").contains("tightened to rw-------").doesNotContain("123456"));
    }

    @Test
    void whenALooserReplacementWasLeftByACrashThenTheRewrittenFileIsStillOwnerOnly() throws IOException {
        Outbox.open(dir).close();
        Path leftover = Files.writeString(dir.resolve("sent-mail.jsonl.tmp"), "half a rewrite");
        Files.setPosixFilePermissions(leftover, PosixFilePermissions.fromString("rw-rw-rw-"));

        Outbox.open(dir).close(); // every start rewrites the file through its .tmp

        assertThat(mode(dir.resolve("sent-mail.jsonl"))).isEqualTo("rw-------");
        assertThat(leftover).doesNotExist();
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
