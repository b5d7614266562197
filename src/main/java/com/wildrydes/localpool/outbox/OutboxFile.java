package com.wildrydes.localpool.outbox;

import com.wildrydes.localpool.user.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * The outbox's file: fsync'd appends, and atomic whole-file replacement. It holds every code the pool "sent", so
 * only its owner may read it: created 0600 (its replacement too), and tightened with a warning where found looser.
 */
final class OutboxFile {

    private final FileChannel channel;

    OutboxFile(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    void append(String line) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the local pool outbox", e);
        }
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates {@code file} owner-only if it is missing, or tightens it to 0600 (saying so) if it is looser. */
    static void prepare(Path file) throws IOException {
        if (Files.notExists(file)) {
            Files.createFile(file, OwnerOnly.fileIn(file.getParent()));
        } else {
            OwnerOnly.tighten(file, OwnerOnly.FILE_MODE);
        }
    }

    static void replace(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp); // a crash's leftover keeps its own mode; the new one is created owner-only
        Set<OpenOption> creation = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (FileChannel out = FileChannel.open(temp, creation, OwnerOnly.fileIn(file.getParent()))) {
            ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
