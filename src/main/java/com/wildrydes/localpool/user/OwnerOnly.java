package com.wildrydes.localpool.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local pool's files are its owner's alone (they hold SRP verifiers and every code sent): directories 0700,
 * files 0600 where the file system knows owners (POSIX); looser ones found at start are tightened, with a warning.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(OwnerOnly.class);

    private OwnerOnly() {
    }

    /** The attribute that creates a file 0600 in {@code directory}, or none where the file system has no owners. */
    public static FileAttribute<?>[] fileIn(Path directory) {
        return posix(directory) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_MODE)}
                : new FileAttribute<?>[0];
    }

    /** Takes from {@code path} every permission beyond {@code wanted}, saying so; nothing if it is missing. */
    public static void tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!Files.exists(path) || !posix(path)) {
            return;
        }
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
        Set<PosixFilePermission> tightened = new HashSet<>(current);
        tightened.retainAll(wanted);
        if (!tightened.equals(current)) {
            Files.setPosixFilePermissions(path, tightened);
            log.warn("Local pool {} was {}, readable or writable by others; tightened to {}", path,
                    PosixFilePermissions.toString(current), PosixFilePermissions.toString(tightened));
        }
    }

    public static boolean posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
