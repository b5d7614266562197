package com.wildrydes.localpool.user;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * The data dir and the store's files in it: {@value #DATABASE} with SQLite's {@code -wal} and {@code -shm} beside
 * it. Only its owner may read any of it: the directory is 0700 and the files 0600, created so and tightened (with
 * a warning) where found looser. Every way the directory can be unusable becomes one {@link StoreOpenException}.
 */
final class StoreDirectory {

    static final String DATABASE = "pool.db";
    static final String WAL = DATABASE + "-wal";
    static final String SHM = DATABASE + "-shm";
    /** Where a new store is built before it takes its name, so that a {@value #DATABASE} is always complete. */
    static final String UNFINISHED = DATABASE + ".new";

    private final Path directory;

    StoreDirectory(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path path() {
        return directory;
    }

    Path file(String name) {
        return directory.resolve(name);
    }

    /** Makes sure the directory exists (creating it 0700) and this process may write in it. */
    void prepare() {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new StoreOpenException("The local pool data dir " + directory + " is a file, not a directory;"
                    + " move that file away or set wildrydes.local-pool.data-dir to a directory.");
        }
        if (!Files.isDirectory(directory)) {
            create();
        }
        if (!Files.isWritable(directory) || !Files.isExecutable(directory) || !Files.isReadable(directory)) {
            throw new StoreOpenException("The local pool data dir " + directory + " is not writable by this user;"
                    + " give it to this user (chmod 700) or set wildrydes.local-pool.data-dir to a writable directory.");
        }
    }

    /** A file created readable and writable by its owner only (where the file system knows owners). */
    void createPrivateFile(Path file) throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE_MODE));
        } else {
            Files.createFile(file);
        }
    }

    /** Tightens the directory and the store's files to 0700/0600 where they are looser, saying so in the log. */
    void tighten() throws IOException {
        OwnerOnly.tighten(directory, OwnerOnly.DIRECTORY_MODE);
        for (String name : new String[] {DATABASE, WAL, SHM}) {
            OwnerOnly.tighten(file(name), OwnerOnly.FILE_MODE);
        }
    }

    private void create() {
        try {
            Files.createDirectories(directory.getParent());
            FileAttribute<?>[] mode = OwnerOnly.posix(directory.getParent())
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OwnerOnly.DIRECTORY_MODE)}
                    : new FileAttribute<?>[0];
            Files.createDirectory(directory, mode);
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(directory)) {
                throw new StoreOpenException("The local pool data dir " + directory + " cannot be created because "
                        + raced.getFile() + " is a file; move that file away or set wildrydes.local-pool.data-dir"
                        + " to another directory.", raced);
            }
        } catch (IOException e) {
            throw new StoreOpenException("The local pool data dir " + directory + " cannot be created (" + reason(e)
                    + "); create it yourself or set wildrydes.local-pool.data-dir to a directory this user can write.",
                    e);
        }
    }

    /** "/data: permission denied", "/data/x: no such file or directory", ... */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException failure) {
            String what = failure instanceof NoSuchFileException ? "no such file or directory"
                    : failure instanceof AccessDeniedException ? "permission denied"
                    : failure.getReason() != null ? failure.getReason().toLowerCase(Locale.ROOT)
                    : failure.getClass().getSimpleName();
            return failure.getFile() + ": " + what;
        }
        return e.getMessage();
    }

    private boolean posix() {
        return OwnerOnly.posix(directory);
    }
}
