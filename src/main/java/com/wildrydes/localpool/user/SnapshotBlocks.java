package com.wildrydes.localpool.user;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * The binary snapshot: a header, then blocks of {@code <length> <crc32> <records>}. Blocks are checked and
 * decoded in parallel, then applied in file order; a damaged block ends the load (what precedes it counts),
 * as a torn line does in the journal.
 */
final class SnapshotBlocks {

    static final byte[] HEADER = "WRPOOL-SNAPSHOT-2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int BLOCK_BYTES = 256 << 10;
    private static final int BLOCKS_PER_BATCH = 16;
    private static final byte[] DAMAGED = new byte[0];

    private SnapshotBlocks() {
    }

    /** The file's content, a block at a time (encoded as it is written), the header first. */
    static Iterator<byte[]> frame(Iterator<StoreChange> changes, SnapshotCodec codec) {
        BinaryWriter records = new BinaryWriter();
        return new Iterator<>() {
            private boolean headerWritten;

            @Override
            public boolean hasNext() {
                return !headerWritten || changes.hasNext();
            }

            @Override
            public byte[] next() {
                if (!headerWritten) {
                    headerWritten = true;
                    return HEADER;
                }
                while (changes.hasNext() && records.size() < BLOCK_BYTES) {
                    codec.write(changes.next(), records);
                }
                return block(records);
            }
        };
    }

    /** Applies the snapshot's changes in order; returns false if a damaged block cut the load short. */
    static boolean read(Path file, SnapshotCodec codec, Consumer<StoreChange> target) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (!Arrays.equals(in.readNBytes(HEADER.length), HEADER)) {
                return false;
            }
            List<byte[]> batch = new ArrayList<>(BLOCKS_PER_BATCH);
            byte[] block;
            for (block = next(in); block != null && block != DAMAGED; block = next(in)) {
                batch.add(block);
                if (batch.size() == BLOCKS_PER_BATCH) {
                    apply(batch, codec, target);
                }
            }
            apply(batch, codec, target);
            return block == null;
        }
    }

    private static byte[] block(BinaryWriter records) {
        byte[] payload = records.toBytes();
        records.reset();
        CRC32 crc = new CRC32();
        crc.update(payload);
        return ByteBuffer.allocate(8 + payload.length).putInt(payload.length).putInt((int) crc.getValue())
                .put(payload).array();
    }

    /** The next block's records; null at the end of the file, {@link #DAMAGED} at a torn or altered block. */
    private static byte[] next(DataInputStream in) throws IOException {
        byte[] frame = in.readNBytes(8);
        if (frame.length < 8) {
            return frame.length == 0 ? null : DAMAGED;
        }
        int length = ByteBuffer.wrap(frame).getInt();
        if (length < 0 || length > 64 * BLOCK_BYTES) {
            return DAMAGED;
        }
        byte[] payload = in.readNBytes(length);
        CRC32 crc = new CRC32();
        crc.update(payload);
        return payload.length == length && (int) crc.getValue() == ByteBuffer.wrap(frame).getInt(4) ? payload : DAMAGED;
    }

    private static void apply(List<byte[]> batch, SnapshotCodec codec, Consumer<StoreChange> target) {
        batch.parallelStream().map(block -> decode(block, codec)).toList()
                .forEach(changes -> changes.forEach(target));
        batch.clear();
    }

    private static List<StoreChange> decode(byte[] block, SnapshotCodec codec) {
        BinaryReader in = new BinaryReader(block);
        List<StoreChange> changes = new ArrayList<>();
        while (in.hasMore()) {
            changes.add(codec.read(in));
        }
        return changes;
    }
}
