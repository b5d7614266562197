package com.wildrydes.localpool.outbox;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the local pool "sends" email: an append-only file of JSON lines, so messages survive restarts,
 * and the most recent ones in memory for the outbox page. A torn last line (a crash mid-write) is skipped.
 */
public final class Outbox implements Closeable {

    /** How many messages the page can show; older ones are dropped when the file is rewritten. */
    static final int KEPT = 500;
    private static final String FILE_NAME = "sent-mail.jsonl";

    private final JsonMapper json = JsonMapper.builder().build();
    private final Path file;
    private final Deque<OutboxMessage> newestFirst = new ArrayDeque<>();
    private final OutboxFile writer;

    private Outbox(Path file) throws IOException {
        this.file = file;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            readLine(line);
        }
        rewrite();
        this.writer = new OutboxFile(file);
    }

    /** Opens (creating if needed) the outbox kept in {@code directory}. */
    public static Outbox open(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(FILE_NAME);
            OutboxFile.prepare(file);
            return new Outbox(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the local pool outbox in " + directory, e);
        }
    }

    /** Records a message durably; returns once it is on disk. */
    public synchronized void send(OutboxMessage message) {
        writer.append(json.writeValueAsString(message));
        remember(message);
    }

    /** The kept messages, newest first. */
    public synchronized List<OutboxMessage> newestFirst() {
        return new ArrayList<>(newestFirst);
    }

    @Override
    public synchronized void close() {
        writer.close();
    }

    private void readLine(String line) {
        if (line.isBlank()) {
            return;
        }
        try {
            remember(json.readValue(line, OutboxMessage.class));
        } catch (JacksonException tornOrCorrupt) {
            // only a crash mid-append produces this; the rest of the file is still good
        }
    }

    private void remember(OutboxMessage message) {
        newestFirst.addFirst(message);
        while (newestFirst.size() > KEPT) {
            newestFirst.removeLast();
        }
    }

    /** Start-up rewrite: drops torn lines and messages beyond {@link #KEPT}, atomically. */
    private void rewrite() throws IOException {
        List<OutboxMessage> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        StringBuilder text = new StringBuilder();
        for (OutboxMessage message : oldestFirst) {
            text.append(json.writeValueAsString(message)).append('\n');
        }
        OutboxFile.replace(file, text.toString());
    }
}
