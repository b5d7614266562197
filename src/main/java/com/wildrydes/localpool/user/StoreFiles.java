package com.wildrydes.localpool.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's files and how they are read and replaced. Load order: the snapshot ({@value #SNAPSHOT}, or the
 * JSON-lines {@value #LEGACY_SNAPSHOT} of earlier versions), then a journal set aside for a fold that had not
 * finished, then the journal. Changes are full values, so replaying one the snapshot already holds is harmless.
 */
final class StoreFiles {

    static final String SNAPSHOT = "snapshot.bin";
    static final String LEGACY_SNAPSHOT = "snapshot.jsonl";
    static final String JOURNAL = "journal.jsonl";
    static final String PREVIOUS_JOURNAL = "journal.previous.jsonl";
    private static final Logger log = LoggerFactory.getLogger(StoreFiles.class);

    private final Path directory;
    private final StoreJson json = new StoreJson();
    private final SnapshotCodec codec = new SnapshotCodec(json);

    StoreFiles(Path directory) {
        this.directory = directory;
    }

    void createDirectory() throws IOException {
        Files.createDirectories(directory);
    }

    /** Loads everything into {@code state}; returns the length of the journal's intact prefix. */
    long loadInto(StoreState state) throws IOException {
        Snapshot.discardUnfinished(file(SNAPSHOT));
        Snapshot.discardUnfinished(file(LEGACY_SNAPSHOT));
        Consumer<StoreChange> apply = change -> change.applyTo(state);
        if (Files.exists(file(SNAPSHOT))) {
            if (!SnapshotBlocks.read(file(SNAPSHOT), codec, apply)) {
                log.warn("Local pool snapshot {} is damaged; loaded what precedes the damage", file(SNAPSHOT));
            }
        } else if (Files.exists(file(LEGACY_SNAPSHOT))) {
            replayLines(file(LEGACY_SNAPSHOT), apply);
        }
        if (Files.exists(file(PREVIOUS_JOURNAL))) {
            replayLines(file(PREVIOUS_JOURNAL), apply);
        }
        return Files.exists(file(JOURNAL)) ? replayLines(file(JOURNAL), apply) : 0;
    }

    /** True when the snapshot does not yet hold everything: a journal to fold, or an old-format snapshot. */
    boolean foldPending(Journal journal) {
        return journal.size() > 0 || Files.exists(file(PREVIOUS_JOURNAL)) || Files.exists(file(LEGACY_SNAPSHOT));
    }

    Journal openJournal(long intactLength) throws IOException {
        return new Journal(file(JOURNAL), intactLength);
    }

    /**
     * Sets the journal aside for a fold and starts an empty one. Keeps the journal if one set aside earlier is
     * still there (its fold failed or was cut by a crash): the next snapshot covers both, so nothing is lost.
     */
    Journal setAside(Journal journal) throws IOException {
        if (Files.exists(file(PREVIOUS_JOURNAL))) {
            return journal;
        }
        // moved while open (an open channel keeps its file, also on Windows), so a failed move changes nothing
        Files.move(file(JOURNAL), file(PREVIOUS_JOURNAL), StandardCopyOption.ATOMIC_MOVE);
        journal.close();
        Journal fresh = openJournal(0);
        Snapshot.syncDirectory(directory);
        return fresh;
    }

    /** Writes the snapshot, then drops what it replaces: the set-aside journal and an old-format snapshot. */
    void writeSnapshot(List<StoreChange> state) throws IOException {
        Snapshot.write(file(SNAPSHOT), SnapshotBlocks.frame(state.iterator(), codec));
        Files.deleteIfExists(file(PREVIOUS_JOURNAL));
        Files.deleteIfExists(file(LEGACY_SNAPSHOT));
        Snapshot.syncDirectory(directory);
    }

    byte[] encode(UserStore.Commit commit) {
        return json.encode(commit);
    }

    private long replayLines(Path file, Consumer<StoreChange> apply) throws IOException {
        StoreJson.Replay replay = json.new Replay(commit -> commit.changes().forEach(apply));
        long intact = RecordFile.read(file, replay);
        replay.flush();
        if (intact < Files.size(file)) {
            log.warn("Local pool file {} had a damaged tail (a write torn by a crash); it was cut off", file);
        }
        return intact;
    }

    private Path file(String name) {
        return directory.resolve(name);
    }
}
