package com.wildrydes.localpool.user;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;

/**
 * The compacted store: written to a temporary file, fsync'd, then moved over the old snapshot atomically, so
 * a crash at any point leaves either the old or the new snapshot complete (and maybe a stray temp file).
 */
final class Snapshot {

    private Snapshot() {
    }

    static void write(Path file, Iterator<byte[]> records) throws IOException {
        Path temp = temporary(file);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            while (records.hasNext()) {
                out.write(records.next());
            }
            out.flush();
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(file.getParent());
    }

    /** A temp file left by a crash mid-write is incomplete by definition: the previous snapshot is the truth. */
    static void discardUnfinished(Path file) throws IOException {
        Files.deleteIfExists(temporary(file));
    }

    private static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /** Makes the rename itself durable; not every platform can open a directory, which is then tolerated. */
    static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows: directory entries are durable once the move returns
        }
    }
}
