package com.wildrydes.localpool.user;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Whether the store has been read from disk. Loading may run on its own thread while the application around
 * the store starts; anything that reads or writes the store first waits for it here.
 */
final class StoreLoading {

    private final CompletableFuture<Void> checked = new CompletableFuture<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile boolean ready;
    private volatile RuntimeException failure;

    /** Loads on the calling thread; a failure is thrown from here (and from every later wait). */
    void runHere(Runnable load) {
        try {
            load.run();
            ready = true;
            checked.complete(null);
            done.complete(null);
        } catch (RuntimeException e) {
            failure = e;
            checked.completeExceptionally(e);
            done.completeExceptionally(e);
            throw e;
        }
    }

    /** Loads on a new thread; a failure reaches whoever waits. */
    void runInBackground(Runnable load) {
        Thread loader = new Thread(() -> {
            try {
                runHere(load);
            } catch (RuntimeException reportedToWaiters) {
                // kept in done: every read or write of the store rethrows it
            }
        }, "local-pool-load");
        loader.setDaemon(true);
        loader.start();
    }

    /** The files were checked and found usable (their rows are still being read). */
    void markChecked() {
        checked.complete(null);
    }

    void await() {
        if (!ready) {
            await(done);
        }
    }

    void awaitChecked() {
        await(checked);
    }

    private static void await(CompletableFuture<Void> stage) {
        try {
            stage.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The local pool store could not be loaded: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    boolean ready() {
        return ready;
    }

    /** True once loading ended in an error. */
    boolean failed() {
        return done.isCompletedExceptionally();
    }

    /** Why loading failed, once it has. */
    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }
}
