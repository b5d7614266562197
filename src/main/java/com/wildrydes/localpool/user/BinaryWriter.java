package com.wildrydes.localpool.user;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Writes the snapshot's binary fields into memory: length-prefixed UTF-8 strings, nullable instants. */
final class BinaryWriter {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final DataOutputStream out = new DataOutputStream(bytes);

    void tag(byte tag) {
        io(() -> out.writeByte(tag));
    }

    void flag(boolean value) {
        io(() -> out.writeBoolean(value));
    }

    void number(int value) {
        io(() -> out.writeInt(value));
    }

    void raw(byte[] value) {
        io(() -> out.write(value));
    }

    /** A string, or null. */
    void text(String value) {
        if (value == null) {
            number(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        number(utf8.length);
        io(() -> out.write(utf8));
    }

    /** An instant, exactly (seconds and nanoseconds), or null. */
    void instant(Instant value) {
        flag(value != null);
        if (value != null) {
            io(() -> out.writeLong(value.getEpochSecond()));
            number(value.getNano());
        }
    }

    int size() {
        return bytes.size();
    }

    byte[] toBytes() {
        return bytes.toByteArray();
    }

    void reset() {
        bytes.reset();
    }

    private interface Write {
        void run() throws IOException;
    }

    /** Writing to memory cannot fail; DataOutputStream still declares it. */
    private static void io(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
