package com.wildrydes.localpool.user;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Users read from SQLite when an operation needs one, never all held in memory: a point lookup on an index is tens
 * of microseconds, while holding every user meant reading every row at start-up (seconds with 100k users). Each row
 * is checked against its {@link RowCheck} as it is read. One connection, so one reader at a time (the store's read
 * lock lets several queries run at once; their SQL takes turns here); writes go through {@link StoreRows}.
 */
final class UserRows {

    private static final String COLUMNS = "SELECT id, pool_id, username_key, username, sub, status, enabled,"
            + " password_salt, password_verifier, created_at, modified_at, failed_sign_ins, locked_until,"
            + " signed_out_at, row_check FROM users";
    private static final String ATTRIBUTES = "SELECT position, name, value, row_check FROM user_attributes"
            + " WHERE user_id = ? ORDER BY position";

    private StoreDatabase database; // null until the store is open: nothing reads before that

    void attach(StoreDatabase opened) {
        database = opened;
    }

    synchronized Optional<StoredUser> get(String poolId, String username) {
        return one(COLUMNS + " WHERE pool_id = ? AND username_key = ?", poolId, Keys.fold(username));
    }

    /** The user who last saved this address (as the in-memory index did); only their own email attribute counts. */
    synchronized Optional<StoredUser> byEmail(String poolId, String email) {
        String key = Keys.fold(email);
        Optional<StoredUser> user = one(COLUMNS + " WHERE id = (SELECT user_id FROM user_emails"
                + " WHERE pool_id = ? AND email_key = ?)", poolId, key);
        if (user.isPresent() && (user.get().email() == null || !Keys.fold(user.get().email()).equals(key))) {
            throw new RowCheck.Mismatch("The email index of user " + user.get().username()
                    + " does not match their email (damaged on disk, or changed outside the pool)");
        }
        return user;
    }

    /** In username order from the index on (pool_id, username_key): a page never sorts the pool. */
    synchronized List<StoredUser> page(String poolId, String afterUsername, int limit, Predicate<StoredUser> filter) {
        List<StoredUser> page = new ArrayList<>();
        String after = afterUsername == null ? "" : Keys.fold(afterUsername);
        try (ResultSet rows = bound(COLUMNS + " WHERE pool_id = ? AND username_key > ? ORDER BY username_key",
                poolId, after).executeQuery()) {
            while (page.size() < limit && rows.next()) {
                StoredUser user = user(rows);
                if (filter.test(user)) {
                    page.add(user);
                }
            }
            return page;
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    synchronized int count(String poolId) {
        try (ResultSet row = bound("SELECT count(*) FROM users WHERE pool_id = ?", poolId).executeQuery()) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    private Optional<StoredUser> one(String sql, Object... values) {
        try (ResultSet row = bound(sql, values).executeQuery()) {
            return row.next() ? Optional.of(user(row)) : Optional.empty();
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    private StoredUser user(ResultSet row) throws SQLException {
        String username = row.getString(4);
        String sub = row.getString(5);
        String[] text = new String[13];
        for (int column = 2; column <= 14; column++) {
            text[column - 2] = row.getString(column);
        }
        RowCheck check = new RowCheck();
        for (String value : text) {
            check.add(value);
        }
        check.expect(row.getLong(15), "User " + username);
        Instant locked = StoreTime.parse(text[11]);
        int failures = Integer.parseInt(text[10]);
        SignInAttempts signIn = failures == 0 && locked == null ? SignInAttempts.NONE
                : new SignInAttempts(failures, locked);
        return new StoredUser(text[0], username, sub, attributes(row.getLong(1), username),
                new StoredPassword(text[6], text[7]), UserStatus.valueOf(text[4]), text[5].equals("1"),
                StoreTime.parse(text[8]), StoreTime.parse(text[9]), signIn, StoreTime.parse(text[12]));
    }

    private Map<String, String> attributes(long id, String username) throws SQLException {
        Map<String, String> attributes = new LinkedHashMap<>();
        try (ResultSet row = bound(ATTRIBUTES, id).executeQuery()) {
            while (row.next()) {
                String name = row.getString(2);
                String value = row.getString(3);
                new RowCheck().add(Long.toString(id)).add(row.getString(1)).add(name).add(value)
                        .expect(row.getLong(4), "Attribute " + name + " of user " + username);
                attributes.put(name, value);
            }
        }
        return attributes;
    }

    private PreparedStatement bound(String sql, Object... values) throws SQLException {
        PreparedStatement statement = database.statement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }

    private static IllegalStateException unreadable(SQLException e) {
        return new IllegalStateException("The local pool could not read a user from its store: " + e.getMessage(), e);
    }
}
