package com.wildrydes.localpool.user;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * How the store opens: check the data dir, check an existing store before anything writes (see {@link StoreCheck}),
 * else build a new one (importing old-format files if there are any), then read the small tables into memory and
 * check every row of the large ones (see {@link StoreRowsCheck}). A new store
 * is built as {@value StoreDirectory#UNFINISHED} and renamed when complete, so a {@value StoreDirectory#DATABASE}
 * that is empty or has no schema is damage, never a half-made start. Every failure is one {@link StoreOpenException}.
 */
final class StoreOpening {

    private StoreOpening() {
    }

    /** Opens the store; {@code checked} runs once the files are known to be usable, before the rows are read. */
    static StoreDatabase open(Path directory, StoreState state, Instant now, Runnable checked) {
        StoreDirectory files = new StoreDirectory(directory);
        files.prepare();
        Optional<String> importedFrom = StoreCheck.check(files);
        LegacyStoreImport legacy = new LegacyStoreImport(files);
        Path path = files.file(StoreDirectory.DATABASE);
        boolean exists = Files.exists(path);
        if (exists && legacy.found() && importedFrom.isEmpty()) {
            throw new StoreOpenException("The local pool data dir " + files.path() + " holds both "
                    + StoreDirectory.DATABASE + " and old-format files (journal.jsonl, snapshot.*) that were never"
                    + " imported into it; move the old files away to keep " + StoreDirectory.DATABASE + ", or move "
                    + StoreDirectory.DATABASE + " away to import them.");
        }
        checked.run();
        try {
            if (!exists) {
                create(files, legacy);
            }
            files.tighten();
            legacy.setAside(); // also finishes an import that a crash cut between its commit and these renames
            return load(files, state, now);
        } catch (IOException | SQLException e) {
            throw new StoreOpenException("The local pool store " + path + " cannot be opened (" + e.getMessage()
                    + "); check the disk and the permissions of " + files.path() + ".", e);
        }
    }

    private static StoreDatabase load(StoreDirectory files, StoreState state, Instant now) throws SQLException {
        StoreDatabase database = StoreDatabase.open(files.file(StoreDirectory.DATABASE));
        try {
            database.begin();
            StoreSchema.upgrade(database);
            new StoreRows(database).deleteExpired(now);
            database.commit();
            new StoreLoad(database).into(state);
            new StoreRowsCheck(database).run();
            state.users().attach(database);
            return database;
        } catch (RowCheck.Mismatch e) {
            database.close();
            throw StoreCheck.damaged(files, e.getMessage());
        } catch (RuntimeException e) {
            database.close();
            // SQLite found the file sound, but a value in it is not one the pool writes
            throw StoreCheck.damaged(files, "a row cannot be read: " + e.getMessage());
        } catch (SQLException e) {
            database.close();
            throw e;
        }
    }

    private static void create(StoreDirectory files, LegacyStoreImport legacy) throws IOException, SQLException {
        Path unfinished = files.file(StoreDirectory.UNFINISHED);
        deleteUnfinished(unfinished);
        files.createPrivateFile(unfinished);
        try (StoreDatabase database = StoreDatabase.open(unfinished)) {
            database.pageSize(StoreSchema.PAGE_SIZE);
            database.begin();
            StoreSchema.create(database);
            if (legacy.found()) {
                database.putInfo("imported_from", legacy.importInto(new StoreRows(database)));
            }
            database.putInfo("created_at", StoreTime.format(Instant.now()));
            database.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            deleteUnfinished(unfinished);
            throw e;
        }
        Files.move(unfinished, files.file(StoreDirectory.DATABASE), StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(files.path());
    }

    /** What a crash left while building a new store; never the truth, so it goes. */
    private static void deleteUnfinished(Path unfinished) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(unfinished.resolveSibling(unfinished.getFileName() + suffix));
        }
    }

    /** Makes the rename durable; not every platform can open a directory, which is then tolerated. */
    private static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows: directory entries are durable once the move returns
        }
    }
}
