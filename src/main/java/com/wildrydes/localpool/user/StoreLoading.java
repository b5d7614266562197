package com.wildrydes.localpool.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Whether the store has been read from disk. Loading may run on its own thread while the application around
 * the store starts; anything that reads or writes the store first waits for it here.
 */
final class StoreLoading {

    interface Load {
        void run() throws IOException;
    }

    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile boolean ready;

    /** Loads on the calling thread; a failure is thrown from here (and from every later wait). */
    void runHere(Load load) {
        try {
            load.run();
            ready = true;
            done.complete(null);
        } catch (IOException e) {
            done.completeExceptionally(e);
            throw new UncheckedIOException("Cannot load the local pool store", e);
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
            throw e;
        }
    }

    /** Loads on a new thread; a failure reaches whoever waits. */
    void runInBackground(Load load) {
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

    void await() {
        if (ready) {
            return;
        }
        try {
            done.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The local pool store could not be loaded", e.getCause());
        }
    }

    boolean ready() {
        return ready;
    }

    /** True once loading ended in an error. */
    boolean failed() {
        return done.isCompletedExceptionally();
    }
}
