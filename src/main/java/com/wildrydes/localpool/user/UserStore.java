package com.wildrydes.localpool.user;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local pool's durable store: everything in memory, every committed change appended to a journal and
 * fsync'd before the operation answers, the journal folded into an atomically replaced snapshot at start-up
 * and whenever it grows large. On load, a damaged journal tail (a write torn by a crash) is cut off.
 */
public final class UserStore implements Closeable {

    static final String SNAPSHOT = "snapshot.jsonl";
    static final String JOURNAL = "journal.jsonl";
    private static final long COMPACT_AFTER_BYTES = 16L << 20;
    private static final Logger log = LoggerFactory.getLogger(UserStore.class);

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final StoreState state = new StoreState();
    private final StoreJson json = new StoreJson();
    private final Path snapshotFile;
    private final Clock clock;
    private final Journal journal;

    private UserStore(Path directory, Clock clock) throws IOException {
        this.snapshotFile = directory.resolve(SNAPSHOT);
        this.clock = clock;
        Snapshot.discardUnfinished(snapshotFile);
        if (Files.exists(snapshotFile)) {
            long intact = replay(snapshotFile);
            if (intact < Files.size(snapshotFile)) {
                log.warn("Local pool snapshot {} is damaged after byte {}; loaded what precedes it", snapshotFile, intact);
            }
        }
        Path journalFile = directory.resolve(JOURNAL);
        long intact = Files.exists(journalFile) ? replay(journalFile) : 0;
        if (Files.exists(journalFile) && intact < Files.size(journalFile)) {
            log.warn("Local pool journal had a torn last record (a crash mid-write); it was cut off");
        }
        this.journal = new Journal(journalFile, intact);
        if (journal.size() > 0) {
            compact();
        }
    }

    /** Opens (creating if needed) the store kept in {@code directory}. */
    public static UserStore open(Path directory, Clock clock) {
        try {
            Files.createDirectories(directory);
            return new UserStore(directory, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the local pool store in " + directory, e);
        }
    }

    /** Runs a query against a consistent view of the store. */
    public <T> T read(Function<StoreView, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(state);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Runs {@code work}, then commits the changes it recorded: on disk first, then in memory. If the work throws,
     * nothing is committed. Writers run one at a time, so the work may check and then change safely.
     */
    public <T> T write(Function<StoreTransaction, T> work) {
        lock.writeLock().lock();
        try {
            StoreTransaction transaction = new StoreTransaction(state);
            T result = work.apply(transaction);
            List<StoreChange> changes = transaction.changes();
            if (!changes.isEmpty()) {
                journal.append(encode(new Commit(changes)));
                changes.forEach(change -> change.applyTo(state));
                compactWhenLarge();
            }
            return result;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            journal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** One journal record: the changes of one operation, applied all or not at all. */
    record Commit(List<StoreChange> changes) {
    }

    private long replay(Path file) throws IOException {
        StoreJson.Replay replay = json.new Replay(commit -> commit.changes().forEach(change -> change.applyTo(state)));
        long intact = RecordFile.read(file, replay);
        replay.flush();
        return intact;
    }

    private byte[] encode(Commit commit) {
        return json.encode(commit);
    }

    private void compactWhenLarge() {
        if (journal.size() > COMPACT_AFTER_BYTES) {
            try {
                compact();
            } catch (IOException e) {
                // the journal still holds everything; compaction will be retried after the next commit
                log.warn("Local pool snapshot could not be written: {}", e.getMessage());
            }
        }
    }

    private void compact() throws IOException {
        Snapshot.write(snapshotFile, state.asChanges(clock.instant())
                .map(change -> encode(new Commit(List.of(change)))).iterator());
        journal.clear();
    }
}
