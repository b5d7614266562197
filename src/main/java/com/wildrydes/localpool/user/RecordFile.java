package com.wildrydes.localpool.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * The line format shared by the journal and the snapshot: {@code <crc32 as 8 hex digits> <json>\n}.
 * A record counts only if its line is complete and its checksum matches, so a write torn by a crash
 * (half a line, garbage, a missing newline) is recognised and everything after it ignored.
 */
final class RecordFile {

    private RecordFile() {
    }

    static byte[] encode(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] line = new byte[9 + body.length + 1];
        System.arraycopy(HexFormat.of().formatHex(intBytes(crc(body))).getBytes(StandardCharsets.US_ASCII), 0, line, 0, 8);
        line[8] = ' ';
        System.arraycopy(body, 0, line, 9, body.length);
        line[line.length - 1] = '\n';
        return line;
    }

    /**
     * Feeds each intact record's JSON (UTF-8 bytes) to {@code sink}, stopping at the first damaged one.
     *
     * @return the length of the intact prefix of the file, in bytes
     */
    static long read(Path file, Consumer<byte[]> sink) throws IOException {
        long intact = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            int filled = 0;
            int count;
            while ((count = in.read(buffer, filled, buffer.length - filled)) != -1) {
                filled += count;
                int start = 0;
                for (int end = indexOf(buffer, start, filled); end >= 0; end = indexOf(buffer, start, filled)) {
                    byte[] json = verified(buffer, start, end);
                    if (json == null) {
                        return intact;
                    }
                    sink.accept(json);
                    intact += end + 1 - start;
                    start = end + 1;
                }
                System.arraycopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
                if (filled == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
            }
        }
        return intact;
    }

    private static int indexOf(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The JSON (UTF-8) of the line {@code buffer[start, end)} if it is intact, else null. */
    private static byte[] verified(byte[] buffer, int start, int end) {
        if (end - start < 10 || buffer[start + 8] != ' ') {
            return null;
        }
        long expected;
        try {
            expected = Long.parseLong(new String(buffer, start, 8, StandardCharsets.US_ASCII), 16);
        } catch (NumberFormatException e) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(buffer, start + 9, end - start - 9);
        return crc.getValue() == expected ? Arrays.copyOfRange(buffer, start + 9, end) : null;
    }

    private static int crc(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return (int) crc.getValue();
    }

    private static byte[] intBytes(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }
}
