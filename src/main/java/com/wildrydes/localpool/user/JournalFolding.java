package com.wildrydes.localpool.user;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes snapshots on a background thread: with many users a snapshot takes seconds, which no sign-in should
 * wait for. One fold at a time; each works on a copy of the state taken when the journal was set aside.
 */
final class JournalFolding implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JournalFolding.class);

    private final StoreFiles files;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "local-pool-snapshot");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> running = CompletableFuture.completedFuture(null);

    JournalFolding(StoreFiles files) {
        this.files = files;
    }

    boolean busy() {
        return !running.isDone();
    }

    /** Starts writing {@code state} as the new snapshot; the caller has set the journal aside. */
    void start(List<StoreChange> state) {
        running = writer.submit(() -> write(state));
    }

    /** Waits for a fold under way, so that a closed store has finished writing. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.MINUTES)) {
                log.warn("Local pool snapshot still being written at shutdown; the journal keeps its changes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(List<StoreChange> state) {
        try {
            files.writeSnapshot(state);
        } catch (IOException | RuntimeException e) {
            // the set-aside journal still holds everything; the next fold covers it
            log.warn("Local pool snapshot could not be written: {}", e.getMessage());
        }
    }
}
