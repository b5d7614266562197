package com.wildrydes.localpool.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the store's records are written: compact (no nulls, instants as epoch milliseconds) because start-up
 * time with many users is mostly JSON parsing, which is also why replay parses in parallel batches.
 */
final class StoreJson {

    private static final int BATCH = 4096;

    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
            .disable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
            .build();
    private final ObjectReader commitReader = json.readerFor(UserStore.Commit.class);
    private final ObjectReader changeReader = json.readerFor(StoreChange.class);

    byte[] encode(UserStore.Commit commit) {
        return RecordFile.encode(json.writeValueAsString(commit));
    }

    byte[] changeBytes(StoreChange change) {
        return json.writerFor(StoreChange.class).writeValueAsBytes(change);
    }

    StoreChange change(byte[] utf8) {
        return changeReader.readValue(utf8);
    }

    /** A sink for {@link RecordFile#read} that parses in parallel and hands commits on in file order. */
    final class Replay implements Consumer<byte[]> {

        private final Consumer<UserStore.Commit> target;
        private final List<byte[]> pending = new ArrayList<>(BATCH);

        Replay(Consumer<UserStore.Commit> target) {
            this.target = target;
        }

        @Override
        public void accept(byte[] record) {
            pending.add(record);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            List<UserStore.Commit> parsed = pending.parallelStream()
                    .map(record -> commitReader.<UserStore.Commit>readValue(record))
                    .toList();
            parsed.forEach(target);
            pending.clear();
        }
    }
}
