package com.wildrydes.localpool.outbox;

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
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's file: fsync'd appends, and atomic whole-file replacement. It holds every code the pool "sent", so
 * only its owner may read it: created 0600 (its replacement too), and tightened with a warning where found looser.
 */
final class OutboxFile {

    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(OutboxFile.class);

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
            Files.createFile(file, ownerOnly(file.getParent()));
        } else if (posix(file)) {
            Set<PosixFilePermission> current = Files.getPosixFilePermissions(file);
            Set<PosixFilePermission> tightened = new HashSet<>(current);
            tightened.retainAll(FILE_MODE);
            if (!tightened.equals(current)) {
                Files.setPosixFilePermissions(file, tightened);
                log.warn("Local pool {} was {}, readable or writable by others; tightened to {}", file,
                        PosixFilePermissions.toString(current), PosixFilePermissions.toString(tightened));
            }
        }
    }

    static void replace(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp); // a crash's leftover keeps its own mode; the new one is created owner-only
        Set<OpenOption> creation = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (FileChannel out = FileChannel.open(temp, creation, ownerOnly(file.getParent()))) {
            ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** 0600 where the file system knows owners (POSIX), nothing where it does not. */
    private static FileAttribute<?>[] ownerOnly(Path directory) {
        return posix(directory) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_MODE)}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
