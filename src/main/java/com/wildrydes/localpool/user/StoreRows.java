package com.wildrydes.localpool.user;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
        insert("INSERT OR REPLACE INTO pools", pool.id(),
                pool.name(), pool.createdAt(), pool.modifiedAt(), names(pool.usernameAttributes()),
                names(pool.aliasAttributes()), names(pool.autoVerifiedAttributes()), policy.minimumLength(),
                policy.requireUppercase(), policy.requireLowercase(), policy.requireNumbers(), policy.requireSymbols(),
                policy.temporaryPasswordValidityDays(), pool.allowAdminCreateUserOnly(), pool.verificationSubject(),
                pool.verificationMessage());
        run("DELETE FROM pool_schema_attributes WHERE pool_id = ?", pool.id());
        for (int i = 0; i < pool.schema().size(); i++) {
            PoolAttribute attribute = pool.schema().get(i);
            insert("INSERT INTO pool_schema_attributes", pool.id(), i, attribute.name(),
                    attribute.dataType(), attribute.mutable(), attribute.required());
        }
    }

    void save(AppClient client) throws SQLException {
        TokenValidity access = client.accessTokenValidity();
        TokenValidity id = client.idTokenValidity();
        TokenValidity refresh = client.refreshTokenValidity();
        insert("INSERT OR REPLACE INTO app_clients", client.clientId(),
                client.poolId(), client.name(), client.secret(), names(client.explicitAuthFlows()),
                access == null ? null : access.value(), access == null ? null : access.unit(),
                id == null ? null : id.value(), id == null ? null : id.unit(),
                refresh == null ? null : refresh.value(), refresh == null ? null : refresh.unit(),
                client.preventUserExistenceErrors(), client.createdAt(), client.modifiedAt());
    }

    void save(StoredUser user) throws SQLException {
        String key = Keys.fold(user.username());
        StoredPassword password = user.passwordHash();
        Object[] columns = {user.poolId(), key, user.username(), user.sub(), user.status().name(), user.enabled(),
                password == null ? null : password.saltHex(), password == null ? null : password.verifierHex(),
                user.createdAt(), user.modifiedAt(), user.signIn().failures(), user.signIn().lockedUntil(),
                user.signedOutAt()};
        Object[] row = new Object[columns.length + 2]; // its id first (kept when it exists), its check last
        row[0] = userId(user.poolId(), key);
        System.arraycopy(columns, 0, row, 1, columns.length);
        row[row.length - 1] = RowCheck.of(columns);
        long id;
        try (ResultSet saved = bound("INSERT OR REPLACE INTO users VALUES (" + marks(row.length) + ") RETURNING id",
                row).executeQuery()) {
            saved.next();
            id = saved.getLong(1);
        }
        run("DELETE FROM user_attributes WHERE user_id = ?", id);
        int position = 0;
        for (Map.Entry<String, String> attribute : user.attributes().entrySet()) {
            insert("INSERT INTO user_attributes", id, position++, attribute.getKey(),
                    attribute.getValue());
        }
        indexEmail(user.poolId(), id, user.email());
    }

    /**
     * The address now points at this user, and no other address does: the last user saved with an address is the
     * one found by it, and a user who gives it up (or goes) no longer holds it, if they still did.
     */
    private void indexEmail(String poolId, long id, String email) throws SQLException {
        run("DELETE FROM user_emails WHERE user_id = ?", id);
        if (email != null) {
            insert("INSERT OR REPLACE INTO user_emails", poolId, Keys.fold(email), id);
        }
    }

    /** Fills {@code user_emails} from the users' attributes, in the order they were first saved. */
    void indexEmails() throws SQLException {
        List<Object[]> owners = new java.util.ArrayList<>();
        try (ResultSet row = bound("SELECT u.id, u.pool_id, a.value FROM users u JOIN user_attributes a"
                + " ON a.user_id = u.id AND a.name = 'email' WHERE a.value IS NOT NULL ORDER BY u.id").executeQuery()) {
            while (row.next()) {
                owners.add(new Object[] {row.getLong(1), row.getString(2), row.getString(3)});
            }
        }
        for (Object[] owner : owners) {
            indexEmail((String) owner[1], (Long) owner[0], (String) owner[2]);
        }
    }

    /** The user and everything that hangs off them: attributes, codes, memberships, refresh grants. */
    void deleteUser(String poolId, String username) throws SQLException {
        String key = Keys.fold(username);
        Long id = userId(poolId, key);
        if (id != null) {
            run("DELETE FROM user_emails WHERE user_id = ?", id);
            run("DELETE FROM user_attributes WHERE user_id = ?", id);
            run("DELETE FROM users WHERE id = ?", id);
        }
        for (String table : List.of("confirmation_codes", "group_members", "software_tokens",
                "webauthn_credentials")) {
            run("DELETE FROM " + table + " WHERE pool_id = ? AND username_key = ?", poolId, key);
        }
        run("DELETE FROM refresh_grants WHERE pool_id = ? AND username = ?", poolId, username);
    }

    private Long userId(String poolId, String key) throws SQLException {
        try (ResultSet row = bound("SELECT id FROM users WHERE pool_id = ? AND username_key = ?", poolId, key)
                .executeQuery()) {
            return row.next() ? row.getLong(1) : null;
        }
    }

    void save(ConfirmationCode code) throws SQLException {
        insert("INSERT OR REPLACE INTO confirmation_codes", code.poolId(),
                Keys.fold(code.username()), code.purpose().name(), code.username(), code.saltHex(), code.hashHex(),
                code.expiresAt(), code.failedAttempts());
    }

    void deleteCode(String poolId, String username, CodePurpose purpose) throws SQLException {
        run("DELETE FROM confirmation_codes WHERE pool_id = ? AND username_key = ? AND purpose = ?", poolId,
                Keys.fold(username), purpose.name());
    }

    void save(SoftwareToken token) throws SQLException {
        insert("INSERT OR REPLACE INTO software_tokens", token.poolId(), Keys.fold(token.username()),
                token.username(), token.pendingSecret(), token.secret(), token.enabled(), token.preferred(),
                token.lastTimeStep());
    }

    void save(PoolMfaConfig config) throws SQLException {
        insert("INSERT OR REPLACE INTO pool_mfa", config.poolId(), config.mfaConfiguration(),
                config.softwareTokenEnabled());
    }

    void save(WebAuthnCredential credential) throws SQLException {
        insert("INSERT OR REPLACE INTO webauthn_credentials", credential.poolId(), Keys.fold(credential.username()),
                credential.credentialId(), credential.username(), credential.friendlyName(),
                credential.relyingPartyId(), credential.attachment(), names(credential.transports()),
                credential.createdAt(), credential.credentialData(), credential.signCount());
    }

    void deleteWebAuthnCredential(String poolId, String username, String credentialId) throws SQLException {
        run("DELETE FROM webauthn_credentials WHERE pool_id = ? AND username_key = ? AND credential_id = ?", poolId,
                Keys.fold(username), credentialId);
    }

    void save(PoolWebAuthnConfig config) throws SQLException {
        insert("INSERT OR REPLACE INTO pool_webauthn", config.poolId(), config.relyingPartyId(),
                config.userVerification());
    }

    void save(PoolSignInPolicy policy) throws SQLException {
        insert("INSERT OR REPLACE INTO pool_sign_in", policy.poolId(), names(policy.allowedFirstAuthFactors()));
    }

    void save(PoolGroup group) throws SQLException {
        insert("INSERT OR REPLACE INTO pool_groups", group.poolId(),
                Keys.fold(group.name()), group.name(), group.description(), group.precedence(), group.roleArn(),
                group.createdAt(), group.modifiedAt());
    }

    void addMember(String poolId, String groupName, String username) throws SQLException {
        insert("INSERT OR IGNORE INTO group_members", poolId, Keys.fold(username), Keys.fold(groupName));
    }

    void removeMember(String poolId, String groupName, String username) throws SQLException {
        run("DELETE FROM group_members WHERE pool_id = ? AND username_key = ? AND group_key = ?", poolId,
                Keys.fold(username), Keys.fold(groupName));
    }

    void save(RefreshGrant grant) throws SQLException {
        insert("INSERT OR REPLACE INTO refresh_grants", grant.tokenHash(),
                grant.poolId(), grant.clientId(), grant.username(), grant.originJti(), grant.issuedAt(),
                grant.expiresAt(), grant.revoked());
    }

    /** Codes and grants that no longer work; the in-memory store never loads them either. */
    void deleteExpired(Instant now) throws SQLException {
        run("DELETE FROM confirmation_codes WHERE expires_at <= ?", now);
        run("DELETE FROM refresh_grants WHERE expires_at <= ?", now);
    }

    /** {@code <verb> VALUES (...)} with the row's values in column order and its {@link RowCheck} last. */
    private void insert(String verb, Object... values) throws SQLException {
        Object[] row = java.util.Arrays.copyOf(values, values.length + 1);
        row[values.length] = RowCheck.of(values);
        run(verb + " VALUES (" + marks(row.length) + ")", row);
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private void run(String sql, Object... values) throws SQLException {
        bound(sql, values).executeUpdate();
    }

    private PreparedStatement bound(String sql, Object... values) throws SQLException {
        PreparedStatement statement = database.statement(sql);
        for (int i = 0; i < values.length; i++) {
            bind(statement, i + 1, values[i]);
        }
        return statement;
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
