package com.wildrydes.localpool.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads what {@link BinaryWriter} wrote, from one snapshot block. Strings that repeat from record to record
 * (pool ids, attribute names, "true") can be shared rather than held once per user.
 */
final class BinaryReader {

    private final byte[] bytes;
    private final Map<String, String> shared = new HashMap<>();
    private int position;

    BinaryReader(byte[] bytes) {
        this.bytes = bytes;
    }

    boolean hasMore() {
        return position < bytes.length;
    }

    byte tag() {
        return bytes[position++];
    }

    boolean flag() {
        return bytes[position++] != 0;
    }

    int number() {
        int value = (bytes[position] & 0xff) << 24 | (bytes[position + 1] & 0xff) << 16
                | (bytes[position + 2] & 0xff) << 8 | bytes[position + 3] & 0xff;
        position += 4;
        return value;
    }

    long longNumber() {
        long high = number() & 0xffffffffL;
        return high << 32 | number() & 0xffffffffL;
    }

    String text() {
        int length = number();
        if (length < 0) {
            return null;
        }
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    /** A string that repeats across records (a pool id, an attribute name): one instance per block. */
    String sharedText() {
        String value = text();
        return value == null ? null : shared.computeIfAbsent(value, same -> same);
    }

    Instant instant() {
        if (!flag()) {
            return null;
        }
        long seconds = longNumber();
        return Instant.ofEpochSecond(seconds, number());
    }

    byte[] rest(int length) {
        byte[] part = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return part;
    }
}
