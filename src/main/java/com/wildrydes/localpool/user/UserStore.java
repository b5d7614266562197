package com.wildrydes.localpool.user;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local pool's durable store: everything in memory, every committed change appended to a journal and
 * fsync'd before the operation answers. The journal is folded into an atomically replaced snapshot on a
 * background thread, after start-up and whenever it grows large (see {@link StoreFiles} for the files and
 * why a crash at any point loses nothing). On load, a damaged journal tail (a write torn by a crash) is cut off.
 */
public final class UserStore implements Closeable {

    private static final long FOLD_AFTER_BYTES = 16L << 20;
    private static final Logger log = LoggerFactory.getLogger(UserStore.class);

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final StoreState state = new StoreState();
    private final StoreLoading loading = new StoreLoading();
    private final StoreFiles files;
    private final JournalFolding folding;
    private final Clock clock;
    private Journal journal;

    private UserStore(Path directory, Clock clock) {
        this.files = new StoreFiles(directory);
        this.folding = new JournalFolding(files);
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
     * read and write waits until the store is loaded. {@link #loaded()} tells whether it is.
     */
    public static UserStore openInBackground(Path directory, Clock clock) {
        UserStore store = new UserStore(directory, clock);
        store.loading.runInBackground(store::load);
        return store;
    }

    /** True once everything on disk is in memory; false while loading or if loading failed. */
    public boolean loaded() {
        return loading.ready();
    }

    /** True if the store could not be loaded (it then refuses every read and write). */
    public boolean loadFailed() {
        return loading.failed();
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
     * Runs {@code work}, then commits the changes it recorded: on disk first, then in memory. If the work throws,
     * nothing is committed. Writers run one at a time, so the work may check and then change safely.
     */
    public <T> T write(Function<StoreTransaction, T> work) {
        loading.await();
        lock.writeLock().lock();
        try {
            StoreTransaction transaction = new StoreTransaction(state);
            T result = work.apply(transaction);
            List<StoreChange> changes = transaction.changes();
            if (!changes.isEmpty()) {
                journal.append(files.encode(new Commit(changes)));
                changes.forEach(change -> change.applyTo(state));
                if (journal.size() > FOLD_AFTER_BYTES) {
                    foldUnlessBusy();
                }
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
            // nothing was opened for writing
        }
        lock.writeLock().lock();
        try {
            folding.close();
            if (journal != null) {
                journal.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** One journal record: the changes of one operation, applied all or not at all. */
    record Commit(List<StoreChange> changes) {
    }

    private void load() throws IOException {
        long began = System.nanoTime();
        files.createDirectory();
        journal = files.openJournal(files.loadInto(state));
        log.info("Local pool store loaded in {} ms ({} users)", (System.nanoTime() - began) / 1_000_000,
                state.users().size());
        if (files.foldPending(journal)) {
            fold();
        }
    }

    /** Under the write lock: sets the journal aside and snapshots a copy of the state in the background. */
    private void foldUnlessBusy() {
        if (folding.busy()) {
            return;
        }
        try {
            fold();
        } catch (IOException e) {
            // the journal still holds everything; folding is retried after a later commit
            log.warn("Local pool journal could not be set aside for a snapshot: {}", e.getMessage());
        }
    }

    private void fold() throws IOException {
        journal = files.setAside(journal);
        folding.start(state.asChanges(clock.instant()));
    }
}
