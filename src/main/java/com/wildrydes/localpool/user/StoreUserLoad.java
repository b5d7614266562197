package com.wildrydes.localpool.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the users beside their attributes: both tables in (pool, username key) order, so each user's attributes
 * are the next rows of the second cursor. Attribute rows without a user (only a hand edit makes them) are skipped.
 */
final class StoreUserLoad {

    private final StoreLoad load;

    StoreUserLoad(StoreLoad load) {
        this.load = load;
    }

    void into(UserIndex users) throws SQLException {
        StoreDatabase database = load.database();
        try (ResultSet user = database.statement("SELECT * FROM users ORDER BY pool_id, username_key").executeQuery();
                ResultSet attribute = database.statement(
                        "SELECT * FROM user_attributes ORDER BY pool_id, username_key, position").executeQuery()) {
            boolean moreAttributes = attribute.next();
            while (user.next()) {
                String poolId = load.share(user.getString("pool_id"));
                String key = user.getString("username_key");
                String username = user.getString("username");
                String sub = user.getString("sub");
                sub = username.equals(sub) ? username : sub;
                Map<String, String> attributes = new LinkedHashMap<>();
                int order;
                while (moreAttributes && (order = compare(attribute, poolId, key)) <= 0) {
                    if (order == 0) {
                        String name = load.share(attribute.getString("name"));
                        String value = attribute.getString("value");
                        attributes.put(name, value != null && value.equals(sub) ? sub : shareShort(value));
                    }
                    moreAttributes = attribute.next();
                }
                users.put(user(user, poolId, username, sub, attributes));
            }
        }
    }

    private StoredUser user(ResultSet row, String poolId, String username, String sub, Map<String, String> attributes)
            throws SQLException {
        StoredPassword password = new StoredPassword(row.getString("password_salt"), row.getString("password_verifier"));
        int failures = row.getInt("failed_sign_ins");
        Instant lockedUntil = StoreTime.parse(row.getString("locked_until"));
        SignInAttempts signIn = failures == 0 && lockedUntil == null ? SignInAttempts.NONE
                : new SignInAttempts(failures, lockedUntil);
        return new StoredUser(poolId, username, sub, attributes, password,
                UserStatus.valueOf(load.share(row.getString("status"))), row.getInt("enabled") != 0,
                StoreTime.parse(row.getString("created_at")), StoreTime.parse(row.getString("modified_at")), signIn,
                StoreTime.parse(row.getString("signed_out_at")));
    }

    /** Short values repeat across users ("true", "false"); emails and names do not, and are not kept in the map. */
    private String shareShort(String value) {
        return value != null && value.length() <= 5 ? load.share(value) : value;
    }

    /** Where the attribute row stands against the user (pool, key): in SQLite's order, that of UTF-8 bytes. */
    private static int compare(ResultSet attribute, String poolId, String key) throws SQLException {
        int byPool = utf8Order(attribute.getString("pool_id"), poolId);
        return byPool != 0 ? byPool : utf8Order(attribute.getString("username_key"), key);
    }

    /** String order by code point, which is UTF-8 byte order (String.compareTo differs above U+D7FF). */
    static int utf8Order(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return x >= 0xD800 && y >= 0xD800 ? fixUp(x) - fixUp(y) : x - y;
            }
        }
        return a.length() - b.length();
    }

    /** Surrogates (D800-DFFF) encode code points above FFFF, so they sort after E000-FFFF. */
    private static int fixUp(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
}
