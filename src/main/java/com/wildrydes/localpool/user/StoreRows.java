package com.wildrydes.localpool.user;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes {@link StoreChange}s as rows (see {@link StoreSchema}); the caller commits. */
final class StoreRows {

    private final StoreDatabase database;

    StoreRows(StoreDatabase database) {
        this.database = database;
    }

    void save(UserPool pool) throws SQLException {
        PasswordPolicy policy = pool.passwordPolicy();
        run("INSERT OR REPLACE INTO pools VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pool.id(),
                pool.name(), pool.createdAt(), pool.modifiedAt(), names(pool.usernameAttributes()),
                names(pool.aliasAttributes()), names(pool.autoVerifiedAttributes()), policy.minimumLength(),
                policy.requireUppercase(), policy.requireLowercase(), policy.requireNumbers(), policy.requireSymbols(),
                policy.temporaryPasswordValidityDays(), pool.allowAdminCreateUserOnly(), pool.verificationSubject(),
                pool.verificationMessage());
        run("DELETE FROM pool_schema_attributes WHERE pool_id = ?", pool.id());
        for (int i = 0; i < pool.schema().size(); i++) {
            PoolAttribute attribute = pool.schema().get(i);
            run("INSERT INTO pool_schema_attributes VALUES (?, ?, ?, ?, ?, ?)", pool.id(), i, attribute.name(),
                    attribute.dataType(), attribute.mutable(), attribute.required());
        }
    }

    void save(AppClient client) throws SQLException {
        TokenValidity access = client.accessTokenValidity();
        TokenValidity id = client.idTokenValidity();
        TokenValidity refresh = client.refreshTokenValidity();
        run("INSERT OR REPLACE INTO app_clients VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", client.clientId(),
                client.poolId(), client.name(), client.secret(), names(client.explicitAuthFlows()),
                access == null ? null : access.value(), access == null ? null : access.unit(),
                id == null ? null : id.value(), id == null ? null : id.unit(),
                refresh == null ? null : refresh.value(), refresh == null ? null : refresh.unit(),
                client.createdAt(), client.modifiedAt());
    }

    void save(StoredUser user) throws SQLException {
        String key = Keys.fold(user.username());
        StoredPassword password = user.passwordHash();
        run("INSERT OR REPLACE INTO users VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", user.poolId(), key,
                user.username(), user.sub(), user.status().name(), user.enabled(),
                password == null ? null : password.saltHex(), password == null ? null : password.verifierHex(),
                user.createdAt(), user.modifiedAt(), user.signIn().failures(), user.signIn().lockedUntil(),
                user.signedOutAt());
        run("DELETE FROM user_attributes WHERE pool_id = ? AND username_key = ?", user.poolId(), key);
        int position = 0;
        for (Map.Entry<String, String> attribute : user.attributes().entrySet()) {
            run("INSERT INTO user_attributes VALUES (?, ?, ?, ?, ?)", user.poolId(), key, position++,
                    attribute.getKey(), attribute.getValue());
        }
    }

    /** The user and everything that hangs off them: attributes, codes, memberships, refresh grants. */
    void deleteUser(String poolId, String username) throws SQLException {
        String key = Keys.fold(username);
        for (String table : List.of("users", "user_attributes", "confirmation_codes", "group_members")) {
            run("DELETE FROM " + table + " WHERE pool_id = ? AND username_key = ?", poolId, key);
        }
        run("DELETE FROM refresh_grants WHERE pool_id = ? AND username = ?", poolId, username);
    }

    void save(ConfirmationCode code) throws SQLException {
        run("INSERT OR REPLACE INTO confirmation_codes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", code.poolId(),
                Keys.fold(code.username()), code.purpose().name(), code.username(), code.saltHex(), code.hashHex(),
                code.expiresAt(), code.failedAttempts());
    }

    void deleteCode(String poolId, String username, CodePurpose purpose) throws SQLException {
        run("DELETE FROM confirmation_codes WHERE pool_id = ? AND username_key = ? AND purpose = ?", poolId,
                Keys.fold(username), purpose.name());
    }

    void save(PoolGroup group) throws SQLException {
        run("INSERT OR REPLACE INTO pool_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?)", group.poolId(),
                Keys.fold(group.name()), group.name(), group.description(), group.precedence(), group.roleArn(),
                group.createdAt(), group.modifiedAt());
    }

    void addMember(String poolId, String groupName, String username) throws SQLException {
        run("INSERT OR IGNORE INTO group_members VALUES (?, ?, ?)", poolId, Keys.fold(username), Keys.fold(groupName));
    }

    void removeMember(String poolId, String groupName, String username) throws SQLException {
        run("DELETE FROM group_members WHERE pool_id = ? AND username_key = ? AND group_key = ?", poolId,
                Keys.fold(username), Keys.fold(groupName));
    }

    void save(RefreshGrant grant) throws SQLException {
        run("INSERT OR REPLACE INTO refresh_grants VALUES (?, ?, ?, ?, ?, ?, ?, ?)", grant.tokenHash(),
                grant.poolId(), grant.clientId(), grant.username(), grant.originJti(), grant.issuedAt(),
                grant.expiresAt(), grant.revoked());
    }

    /** Codes and grants that no longer work; the in-memory store never loads them either. */
    void deleteExpired(Instant now) throws SQLException {
        run("DELETE FROM confirmation_codes WHERE expires_at <= ?", now);
        run("DELETE FROM refresh_grants WHERE expires_at <= ?", now);
    }

    private void run(String sql, Object... values) throws SQLException {
        PreparedStatement statement = database.statement(sql);
        for (int i = 0; i < values.length; i++) {
            bind(statement, i + 1, values[i]);
        }
        statement.executeUpdate();
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setString(index, StoreTime.format(instant));
        } else if (value instanceof Boolean flag) {
            statement.setInt(index, flag ? 1 : 0);
        } else {
            statement.setObject(index, value);
        }
    }

    static String names(List<String> names) {
        return String.join(",", names);
    }
}
