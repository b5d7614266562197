package com.wildrydes.localpool.user;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The append-only log of committed changes. {@link #append} returns only once the record is on disk
 * (fsync), which is what lets an operation answer "success" safely.
 */
final class Journal implements Closeable {

    private final FileChannel channel;
    private boolean broken;

    /** Opens the journal, cutting off anything past {@code intactLength} (a torn tail from a crash). */
    Journal(Path file, long intactLength) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (channel.size() > intactLength) {
            channel.truncate(intactLength);
            channel.force(true);
        }
        channel.position(intactLength);
    }

    void append(byte[] record) {
        if (broken) {
            throw new IllegalStateException("The local pool journal failed earlier; restart to recover");
        }
        long start = -1;
        try {
            start = channel.position();
            ByteBuffer bytes = ByteBuffer.wrap(record);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            undo(start);
            throw new UncheckedIOException("Cannot write the local pool journal", e);
        }
    }

    long size() {
        try {
            return channel.position();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the journal, once a snapshot holds everything it said. */
    void clear() throws IOException {
        channel.truncate(0);
        channel.position(0);
        channel.force(true);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** A failed write may leave half a record; cut it so later records are not hidden behind it on replay. */
    private void undo(long start) {
        try {
            if (start >= 0) {
                channel.truncate(start);
                channel.position(start);
            } else {
                broken = true;
            }
        } catch (IOException e) {
            broken = true;
        }
    }
}
