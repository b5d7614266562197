package com.wildrydes.localpool.token;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Crash-safe writes of the key file: the bytes go to a temp file in the same directory, are forced to
 * disk, then renamed over the target in one step, so a reader sees the old file or the new one, never
 * half of one. A crash can only leave a temp file behind, which the next start deletes.
 */
final class KeyFile {

    private static final String TEMP_SUFFIX = ".tmp";

    private KeyFile() {
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // createTempFile makes the file readable by its owner only (POSIX), right for a private key.
        Path temp = Files.createTempFile(dir, target.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        forceDirectory(dir);
    }

    /** Deletes temp files a crash left behind next to {@code fileName}. */
    static void deleteTornWrites(Path dir, String fileName) throws IOException {
        try (DirectoryStream<Path> torn = Files.newDirectoryStream(dir, fileName + ".*" + TEMP_SUFFIX)) {
            for (Path temp : torn) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Renames a bad file out of the way, keeping it for a person to look at. */
    static Path moveAside(Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + System.currentTimeMillis());
        return Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Makes the rename itself durable; not every platform can open a directory, which is fine. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; its rename is durable enough for a development pool.
        }
    }
}
