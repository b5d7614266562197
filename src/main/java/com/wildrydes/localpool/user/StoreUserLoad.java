package com.wildrydes.localpool.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads the users beside their attributes: both tables in user id order (the order they are stored in, so both
 * are read front to back), each user's attributes being the next rows of the second cursor. Columns are read by
 * position, and the users are built from their columns on another core while the next rows are read: with a
 * hundred thousand users, both show in the start-up time.
 */
final class StoreUserLoad {

    private static final String USERS = "SELECT id, pool_id, username_key, username, sub, status, enabled,"
            + " password_salt, password_verifier, created_at, modified_at, failed_sign_ins, locked_until,"
            + " signed_out_at, row_check FROM users ORDER BY id";
    private static final String ATTRIBUTES = "SELECT user_id, position, name, value, row_check FROM user_attributes"
            + " ORDER BY user_id, position";
    private static final int BATCH = 4096;

    private final StoreLoad load;

    StoreUserLoad(StoreLoad load) {
        this.load = load;
    }

    void into(UserIndex users) throws SQLException {
        List<CompletableFuture<List<StoredUser>>> built = new ArrayList<>();
        StoreDatabase database = load.database();
        try (ResultSet user = database.statement(USERS).executeQuery();
                ResultSet attribute = database.statement(ATTRIBUTES).executeQuery()) {
            boolean moreAttributes = attribute.next();
            List<Columns> batch = new ArrayList<>(BATCH);
            while (user.next()) {
                Columns columns = new Columns(user);
                long owner;
                while (moreAttributes && (owner = attribute.getLong(1)) <= columns.id) {
                    if (owner == columns.id) { // else an attribute without its user: only a hand edit makes one
                        String name = attribute.getString(3);
                        String value = attribute.getString(4);
                        new RowCheck().add(Long.toString(owner)).add(attribute.getString(2)).add(name).add(value)
                                .expect(attribute.getLong(5), "Attribute " + name + " of user " + columns.username);
                        columns.attributes.put(load.share(name),
                                value != null && value.equals(columns.sub) ? columns.sub : shareShort(value));
                    }
                    moreAttributes = attribute.next();
                }
                batch.add(columns);
                if (batch.size() == BATCH) {
                    built.add(build(batch));
                    batch = new ArrayList<>(BATCH);
                }
            }
            built.add(build(batch));
        }
        try {
            built.forEach(part -> part.join().forEach(users::put));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private CompletableFuture<List<StoredUser>> build(List<Columns> batch) {
        return CompletableFuture.supplyAsync(() -> batch.stream().map(Columns::user).toList());
    }

    /** Short values repeat across users ("true", "false"); emails and names do not, and are not kept in the map. */
    private String shareShort(String value) {
        return value != null && value.length() <= 5 ? load.share(value) : value;
    }

    /** One user's columns as read; turned into a {@link StoredUser} off the reading thread. */
    private final class Columns {
        final long id;
        final String poolId;
        final String usernameKey;
        final String username;
        final String subColumn;
        final String sub;
        final String status;
        final boolean enabled;
        final String salt;
        final String verifier;
        final String createdAt;
        final String modifiedAt;
        final int failures;
        final String lockedUntil;
        final String signedOutAt;
        final long check;
        final Map<String, String> attributes = new LinkedHashMap<>();

        Columns(ResultSet row) throws SQLException {
            id = row.getLong(1);
            poolId = load.share(row.getString(2));
            usernameKey = row.getString(3);
            username = row.getString(4);
            subColumn = row.getString(5);
            sub = username.equals(subColumn) ? username : subColumn;
            status = row.getString(6);
            enabled = row.getInt(7) != 0;
            salt = row.getString(8);
            verifier = row.getString(9);
            createdAt = row.getString(10);
            modifiedAt = row.getString(11);
            failures = row.getInt(12);
            lockedUntil = row.getString(13);
            signedOutAt = row.getString(14);
            check = row.getLong(15);
        }

        StoredUser user() {
            new RowCheck().add(poolId).add(usernameKey).add(username).add(subColumn).add(status)
                    .add(enabled ? "1" : "0").add(salt).add(verifier).add(createdAt).add(modifiedAt)
                    .add(Integer.toString(failures)).add(lockedUntil).add(signedOutAt).expect(check, "User " + username);
            Instant locked = StoreTime.parse(lockedUntil);
            SignInAttempts signIn = failures == 0 && locked == null ? SignInAttempts.NONE
                    : new SignInAttempts(failures, locked);
            return new StoredUser(poolId, username, sub, attributes, new StoredPassword(salt, verifier),
                    UserStatus.valueOf(status), enabled, StoreTime.parse(createdAt), StoreTime.parse(modifiedAt),
                    signIn, StoreTime.parse(signedOutAt));
        }
    }
}
