package com.wildrydes.localpool.user;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports, once, a data dir written before the store moved to SQLite: the binary {@code snapshot.bin} (or the
 * older JSON-lines {@code snapshot.jsonl}), then {@code journal.previous.jsonl} and {@code journal.jsonl}, replayed
 * in that order as the old store loaded them. The old files are then renamed {@code *.imported}, never deleted.
 * This class is all that is left of the old format, and it only reads it.
 *
 * <p>Damage is not skipped: a record whose checksum fails stops the import with one sentence, unless it is the
 * very end of a journal (a write torn by a crash, which the old store also dropped; the file is kept).
 */
final class LegacyStoreImport {

    private static final String SNAPSHOT = "snapshot.bin";
    private static final String JSON_SNAPSHOT = "snapshot.jsonl";
    private static final String PREVIOUS_JOURNAL = "journal.previous.jsonl";
    private static final String JOURNAL = "journal.jsonl";
    private static final List<String> FILES = List.of(SNAPSHOT, JSON_SNAPSHOT, PREVIOUS_JOURNAL, JOURNAL,
            SNAPSHOT + ".tmp", JSON_SNAPSHOT + ".tmp");
    private static final byte[] SNAPSHOT_HEADER = "WRPOOL-SNAPSHOT-2\n".getBytes(StandardCharsets.US_ASCII);
    private static final Logger log = LoggerFactory.getLogger(LegacyStoreImport.class);

    private final StoreDirectory files;
    private final ObjectReader commits = JsonMapper.builder()
            .addMixIn(StoreChange.class, ChangeKinds.class)
            .disable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS) // instants were epoch milliseconds
            .build().readerFor(Commit.class);

    LegacyStoreImport(StoreDirectory files) {
        this.files = files;
    }

    /** True when the data dir holds any old-format file. */
    boolean found() {
        return !present().isEmpty();
    }

    /** Writes everything the old files hold as rows; returns the names of the files read. */
    String importInto(StoreRows rows) throws IOException, SQLException {
        List<String> read = new ArrayList<>();
        List<StoreChange> changes = new ArrayList<>();
        if (Files.exists(files.file(SNAPSHOT))) {
            readSnapshot(files.file(SNAPSHOT), changes);
            read.add(SNAPSHOT);
        } else if (Files.exists(files.file(JSON_SNAPSHOT))) {
            readLines(files.file(JSON_SNAPSHOT), false, changes);
            read.add(JSON_SNAPSHOT);
        }
        for (String journal : List.of(PREVIOUS_JOURNAL, JOURNAL)) {
            if (Files.exists(files.file(journal))) {
                readLines(files.file(journal), true, changes);
                read.add(journal);
            }
        }
        for (StoreChange change : changes) {
            change.writeTo(rows);
        }
        return String.join(", ", read);
    }

    /** Renames every old-format file to {@code <name>.imported}, once the store holding their content is in place. */
    void setAside() throws IOException {
        for (Path file : present()) {
            Path aside = file.resolveSibling(file.getFileName() + ".imported");
            if (Files.exists(aside)) {
                aside = file.resolveSibling(file.getFileName() + ".imported-" + Instant.now().toEpochMilli());
            }
            Files.move(file, aside);
            log.info("Local pool: old-format {} imported into {} and kept as {}", file.getFileName(),
                    StoreDirectory.DATABASE, aside.getFileName());
        }
    }

    private List<Path> present() {
        return FILES.stream().map(files::file).filter(Files::exists).toList();
    }

    /** {@code <crc32 as 8 hex digits> <json>\n} per commit; a journal may end in one torn record. */
    private void readLines(Path file, boolean journal, List<StoreChange> changes) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int line = 0;
        int damagedLine = 0;
        for (int start = 0; start < bytes.length; ) {
            int end = indexOf(bytes, (byte) '\n', start);
            line++;
            byte[] json = end < 0 ? null : verified(bytes, start, end);
            if (json == null && damagedLine == 0) {
                damagedLine = line;
            } else if (json != null && damagedLine != 0) {
                throw damaged(file, "line " + damagedLine + " fails its checksum and intact lines follow it");
            } else if (json != null) {
                changes.addAll(commits.<Commit>readValue(json).changes());
            }
            start = end < 0 ? bytes.length : end + 1;
        }
        if (damagedLine != 0 && !journal) {
            throw damaged(file, "line " + damagedLine + " fails its checksum");
        }
        if (damagedLine != 0) {
            log.warn("Local pool: the end of {} from line {} on was torn by a crash and is not imported (the file is"
                    + " kept as {}.imported)", file, damagedLine, file.getFileName());
        }
    }

    private static byte[] verified(byte[] bytes, int start, int end) {
        if (end - start < 10 || bytes[start + 8] != ' ') {
            return null;
        }
        try {
            long expected = Long.parseLong(new String(bytes, start, 8, StandardCharsets.US_ASCII), 16);
            CRC32 crc = new CRC32();
            crc.update(bytes, start + 9, end - start - 9);
            return crc.getValue() == expected ? Arrays.copyOfRange(bytes, start + 9, end) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A header, then blocks of {@code <length> <crc32> <records>}; written whole and renamed, so never torn. */
    private void readSnapshot(Path file, List<StoreChange> changes) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        byte[] header = new byte[Math.min(SNAPSHOT_HEADER.length, in.remaining())];
        in.get(header);
        if (!Arrays.equals(header, SNAPSHOT_HEADER)) {
            throw damaged(file, "its header is not that of a local pool snapshot");
        }
        for (int block = 1; in.hasRemaining(); block++) {
            int length = in.remaining() >= 8 ? in.getInt() : -1;
            int crc = length >= 0 ? in.getInt() : 0;
            if (length < 0 || length > in.remaining()) {
                throw damaged(file, "block " + block + " is cut short");
            }
            byte[] payload = new byte[length];
            in.get(payload);
            CRC32 check = new CRC32();
            check.update(payload);
            if ((int) check.getValue() != crc) {
                throw damaged(file, "block " + block + " fails its checksum");
            }
            Fields fields = new Fields(ByteBuffer.wrap(payload));
            while (fields.in.hasRemaining()) {
                changes.add(fields.change());
            }
        }
    }

    private StoreOpenException damaged(Path file, String detail) {
        return new StoreOpenException("The old-format local pool file " + file + " is damaged (" + detail
                + "), so nothing was imported or changed; restore it from a copy, or move it out of " + files.path()
                + " to start without it.");
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** One journal record: the changes of one operation. */
    record Commit(List<StoreChange> changes) {
    }

    /** How the old JSON named each kind of change. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "change")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = StoreChange.PoolSaved.class, name = "pool"),
            @JsonSubTypes.Type(value = StoreChange.ClientSaved.class, name = "client"),
            @JsonSubTypes.Type(value = StoreChange.UserSaved.class, name = "user"),
            @JsonSubTypes.Type(value = StoreChange.UserDeleted.class, name = "userDeleted"),
            @JsonSubTypes.Type(value = StoreChange.CodeSaved.class, name = "code"),
            @JsonSubTypes.Type(value = StoreChange.CodeDeleted.class, name = "codeDeleted"),
            @JsonSubTypes.Type(value = StoreChange.GroupSaved.class, name = "group"),
            @JsonSubTypes.Type(value = StoreChange.MemberAdded.class, name = "member"),
            @JsonSubTypes.Type(value = StoreChange.MemberRemoved.class, name = "memberRemoved"),
            @JsonSubTypes.Type(value = StoreChange.GrantSaved.class, name = "grant")})
    private interface ChangeKinds {
    }

    /** The snapshot's binary records: users, grants, codes and memberships field by field, the rest as JSON. */
    private final class Fields {

        private final ByteBuffer in;

        Fields(ByteBuffer in) {
            this.in = in;
        }

        StoreChange change() {
            byte tag = in.get();
            return switch (tag) {
                case 'U' -> new StoreChange.UserSaved(user());
                case 'G' -> new StoreChange.GrantSaved(new RefreshGrant(text(), text(), text(), text(), text(),
                        instant(), instant(), in.get() != 0));
                case 'C' -> new StoreChange.CodeSaved(new ConfirmationCode(text(), text(), CodePurpose.valueOf(text()),
                        text(), text(), instant(), in.getInt()));
                case 'M' -> new StoreChange.MemberAdded(text(), text(), text());
                case 'J' -> json();
                default -> throw new IllegalStateException("Unknown old snapshot record kind " + tag);
            };
        }

        private StoredUser user() {
            String poolId = text();
            String username = text();
            String sub = text();
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = in.getInt(); i > 0; i--) {
                attributes.put(text(), text());
            }
            StoredPassword password = new StoredPassword(text(), text());
            UserStatus status = UserStatus.valueOf(text());
            boolean enabled = in.get() != 0;
            Instant created = instant();
            Instant modified = instant();
            int failures = in.getInt();
            SignInAttempts signIn = new SignInAttempts(failures, instant());
            return new StoredUser(poolId, username, sub, attributes, password, status, enabled, created, modified,
                    signIn.failures() == 0 && signIn.lockedUntil() == null ? SignInAttempts.NONE : signIn, instant());
        }

        private StoreChange json() {
            byte[] bytes = new byte[in.getInt()];
            in.get(bytes);
            return commits.forType(StoreChange.class).readValue(bytes);
        }

        private String text() {
            int length = in.getInt();
            if (length < 0) {
                return null;
            }
            byte[] utf8 = new byte[length];
            in.get(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        private Instant instant() {
            if (in.get() == 0) {
                return null;
            }
            long seconds = in.getLong();
            return Instant.ofEpochSecond(seconds, in.getInt());
        }
    }
}
