package com.wildrydes.localpool.user;

import java.io.Closeable;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local pool's durable store: a SQLite file ({@value StoreDirectory#DATABASE} in the data dir, see
 * {@link StoreSchema}). Users are read from it when an operation needs one (an indexed lookup), so opening costs
 * SQLite's check and one pass of row checks, not the building of every user; the small tables (pools, clients,
 * codes, groups, grants) are held in memory. A write commits its rows first (on disk, fsync'd, before it
 * returns), then changes the memory.
 */
public final class UserStore implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(UserStore.class);

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final StoreState state = new StoreState();
    private final StoreLoading loading = new StoreLoading();
    private final Path directory;
    private final Clock clock;
    private StoreDatabase database;
    private StoreRows rows;
    private volatile String commitFailure;

    private UserStore(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** Opens (creating if needed) the store kept in {@code directory}, loading it before returning. */
    public static UserStore open(Path directory, Clock clock) {
        UserStore store = new UserStore(directory, clock);
        store.loading.runHere(store::load);
        return store;
    }

    /**
     * Opens the store and loads it on a background thread, so that what starts around it need not wait: every
     * read and write waits until the store is loaded. {@link #loaded()} tells whether it is. Only the data dir is
     * checked (and created) before this returns, so that nothing else writes into an unusable one.
     *
     * @throws StoreOpenException if the data dir is unusable (a file, not writable, cannot be created)
     */
    public static UserStore openInBackground(Path directory, Clock clock) {
        new StoreDirectory(directory).prepare();
        UserStore store = new UserStore(directory, clock);
        store.loading.runInBackground(store::load);
        return store;
    }

    /** True once the store is checked and open; false while loading or if loading failed. */
    public boolean loaded() {
        return loading.ready();
    }

    /** True if the store could not be loaded (it then refuses every read and write). */
    public boolean loadFailed() {
        return loading.failed();
    }

    /** Waits until the store is loaded; throws (a {@link StoreOpenException} in its causes) if it could not be. */
    public void awaitLoaded() {
        loading.await();
    }

    /**
     * Waits until the store's files are checked (quick, unlike reading every row); throws (a {@link StoreOpenException}
     * in its causes) if they are damaged or unusable.
     */
    public void awaitChecked() {
        loading.awaitChecked();
    }

    /**
     * What is wrong, in one sentence: why the store could not be opened, or why the last commit failed (cleared
     * by the next commit that succeeds). Empty while all is well, and while loading.
     */
    public Optional<String> problem() {
        return loading.failure().map(Throwable::getMessage).or(() -> Optional.ofNullable(commitFailure));
    }

    /** Runs a query against a consistent view of the store. */
    public <T> T read(Function<StoreView, T> query) {
        loading.await();
        lock.readLock().lock();
        try {
            return query.apply(state);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Runs {@code work}, then commits the changes it recorded: on disk first, then in memory. If the work or the
     * commit throws, nothing is committed. Writers run one at a time, so the work may check and then change safely.
     */
    public <T> T write(Function<StoreTransaction, T> work) {
        loading.await();
        lock.writeLock().lock();
        try {
            StoreTransaction transaction = new StoreTransaction(state);
            T result = work.apply(transaction);
            List<StoreChange> changes = transaction.changes();
            if (!changes.isEmpty()) {
                commit(changes);
                changes.forEach(change -> change.applyTo(state));
            }
            return result;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        try {
            loading.await();
        } catch (IllegalStateException notLoaded) {
            return; // nothing was opened
        }
        lock.writeLock().lock();
        try {
            database.close();
        } catch (SQLException e) {
            log.warn("Local pool store in {} did not close cleanly ({}); SQLite recovers it at the next start",
                    directory, e.getMessage());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Test seam: the connection, to simulate a full disk. */
    StoreDatabase database() {
        return database;
    }

    private void load() {
        long began = System.nanoTime();
        database = StoreOpening.open(directory, state, clock.instant(), loading::markChecked);
        rows = new StoreRows(database);
        log.info("Local pool store checked and opened in {} ms", (System.nanoTime() - began) / 1_000_000);
    }

    private void commit(List<StoreChange> changes) {
        try {
            database.begin();
            for (StoreChange change : changes) {
                change.writeTo(rows);
            }
            database.commit();
            commitFailure = null;
        } catch (SQLException e) {
            rollback();
            commitFailure = "The local pool could not save a change to " + directory.resolve(StoreDirectory.DATABASE)
                    + " (" + e.getMessage() + "); calls that change the pool fail until the cause (often a full"
                    + " disk) is fixed.";
            log.error(commitFailure);
            throw new IllegalStateException(commitFailure, e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private void rollback() {
        try {
            database.rollback();
        } catch (SQLException e) {
            log.warn("Local pool store could not roll back a failed commit: {}", e.getMessage());
        }
    }
}
