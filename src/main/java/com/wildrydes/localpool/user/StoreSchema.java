package com.wildrydes.localpool.user;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables: one column per field, so {@code sqlite3 pool.db} shows the pool as it is. Names people
 * type (usernames, group names) are matched case-insensitively, so those rows are keyed by the folded name in a
 * {@code *_key} column next to the name as given. A user keeps its {@code id} across changes, and its attributes
 * and its entry in {@code user_emails} (email, folded, to user) refer to it. Instants are text (see {@link StoreTime}); lists of names
 * (auth flows, username attributes) are comma-separated; booleans are 0/1. Every row ends in a {@link RowCheck}.
 */
final class StoreSchema {

    /**
     * 2 added {@code user_emails}, 3 {@code software_tokens} and {@code pool_mfa}, 4 {@code webauthn_credentials},
     * {@code pool_webauthn} and {@code pool_sign_in}; an older store is brought up to date when it opens
     * ({@link #upgrade}).
     */
    static final int VERSION = 4;
    /** A user's row is about 1.1 kB (the verifier is most of it): 4 kB pages would hold three and waste a quarter. */
    static final int PAGE_SIZE = 16384;

    /** Who holds an address (folded), to find a user by email without holding every user in memory. */
    private static final String EMAILS = """
            CREATE TABLE user_emails (pool_id TEXT NOT NULL, email_key TEXT NOT NULL, user_id INTEGER NOT NULL,
              row_check INTEGER NOT NULL, PRIMARY KEY (pool_id, email_key)) WITHOUT ROWID""";
    private static final String EMAIL_OWNERS = "CREATE INDEX user_emails_by_user ON user_emails (user_id)";

    /** Authenticator apps (TOTP): only users who set one up have a row. */
    private static final String SOFTWARE_TOKENS = """
            CREATE TABLE software_tokens (pool_id TEXT NOT NULL, username_key TEXT NOT NULL, username TEXT NOT NULL,
              pending_secret TEXT, secret TEXT, enabled INTEGER NOT NULL, preferred INTEGER NOT NULL,
              last_time_step INTEGER NOT NULL, row_check INTEGER NOT NULL,
              PRIMARY KEY (pool_id, username_key)) WITHOUT ROWID""";
    /** SetUserPoolMfaConfig's settings; a pool without a row has MFA off. */
    private static final String POOL_MFA = """
            CREATE TABLE pool_mfa (pool_id TEXT PRIMARY KEY, mfa_configuration TEXT NOT NULL,
              software_token_enabled INTEGER NOT NULL, row_check INTEGER NOT NULL)""";

    /** Passkeys: the public key as attested credential data, and the signature counter last seen. */
    private static final String WEBAUTHN_CREDENTIALS = """
            CREATE TABLE webauthn_credentials (pool_id TEXT NOT NULL, username_key TEXT NOT NULL,
              credential_id TEXT NOT NULL, username TEXT NOT NULL, friendly_name TEXT NOT NULL,
              relying_party_id TEXT NOT NULL, attachment TEXT, transports TEXT NOT NULL, created_at TEXT NOT NULL,
              credential_data TEXT NOT NULL, sign_count INTEGER NOT NULL, row_check INTEGER NOT NULL,
              PRIMARY KEY (pool_id, username_key, credential_id)) WITHOUT ROWID""";
    /** SetUserPoolMfaConfig's WebAuthnConfiguration; a pool without a row has neither set. */
    private static final String POOL_WEBAUTHN = """
            CREATE TABLE pool_webauthn (pool_id TEXT PRIMARY KEY, relying_party_id TEXT,
              user_verification TEXT NOT NULL, row_check INTEGER NOT NULL)""";
    /** SignInPolicy.AllowedFirstAuthFactors, comma-separated; a pool without a row allows PASSWORD alone. */
    private static final String POOL_SIGN_IN = """
            CREATE TABLE pool_sign_in (pool_id TEXT PRIMARY KEY, allowed_first_auth_factors TEXT NOT NULL,
              row_check INTEGER NOT NULL)""";

    private static final List<String> TABLES = List.of("""
            CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)""", """
            CREATE TABLE pools (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL,
              modified_at TEXT NOT NULL, username_attributes TEXT NOT NULL, alias_attributes TEXT NOT NULL,
              auto_verified_attributes TEXT NOT NULL, password_minimum_length INTEGER NOT NULL,
              password_require_uppercase INTEGER NOT NULL, password_require_lowercase INTEGER NOT NULL,
              password_require_numbers INTEGER NOT NULL, password_require_symbols INTEGER NOT NULL,
              temporary_password_validity_days INTEGER NOT NULL, allow_admin_create_user_only INTEGER NOT NULL,
              verification_subject TEXT, verification_message TEXT, row_check INTEGER NOT NULL)""", """
            CREATE TABLE pool_schema_attributes (pool_id TEXT NOT NULL, position INTEGER NOT NULL,
              name TEXT NOT NULL, data_type TEXT NOT NULL, mutable INTEGER NOT NULL, required INTEGER NOT NULL,
              row_check INTEGER NOT NULL, PRIMARY KEY (pool_id, position))""", """
            CREATE TABLE app_clients (client_id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, name TEXT NOT NULL,
              secret TEXT, explicit_auth_flows TEXT NOT NULL, access_token_validity INTEGER,
              access_token_unit TEXT, id_token_validity INTEGER, id_token_unit TEXT,
              refresh_token_validity INTEGER, refresh_token_unit TEXT, prevent_user_existence_errors TEXT NOT NULL,
              created_at TEXT NOT NULL, modified_at TEXT NOT NULL, row_check INTEGER NOT NULL)""", """
            CREATE TABLE users (id INTEGER PRIMARY KEY, pool_id TEXT NOT NULL, username_key TEXT NOT NULL,
              username TEXT NOT NULL, sub TEXT, status TEXT NOT NULL, enabled INTEGER NOT NULL, password_salt TEXT,
              password_verifier TEXT, created_at TEXT NOT NULL, modified_at TEXT NOT NULL,
              failed_sign_ins INTEGER NOT NULL, locked_until TEXT, signed_out_at TEXT,
              row_check INTEGER NOT NULL, UNIQUE (pool_id, username_key))""", """
            CREATE TABLE user_attributes (user_id INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
              value TEXT, row_check INTEGER NOT NULL, PRIMARY KEY (user_id, position)) WITHOUT ROWID""", EMAILS, """
            CREATE TABLE confirmation_codes (pool_id TEXT NOT NULL, username_key TEXT NOT NULL,
              purpose TEXT NOT NULL, username TEXT NOT NULL, salt_hex TEXT NOT NULL, hash_hex TEXT NOT NULL,
              expires_at TEXT NOT NULL, failed_attempts INTEGER NOT NULL,
              row_check INTEGER NOT NULL, PRIMARY KEY (pool_id, username_key, purpose))""", """
            CREATE TABLE pool_groups (pool_id TEXT NOT NULL, name_key TEXT NOT NULL, name TEXT NOT NULL,
              description TEXT, precedence INTEGER, role_arn TEXT, created_at TEXT NOT NULL,
              modified_at TEXT NOT NULL, row_check INTEGER NOT NULL, PRIMARY KEY (pool_id, name_key))""", """
            CREATE TABLE group_members (pool_id TEXT NOT NULL, username_key TEXT NOT NULL,
              group_key TEXT NOT NULL, row_check INTEGER NOT NULL,
              PRIMARY KEY (pool_id, username_key, group_key)) WITHOUT ROWID""", """
            CREATE TABLE refresh_grants (token_hash TEXT PRIMARY KEY, pool_id TEXT NOT NULL,
              client_id TEXT NOT NULL, username TEXT NOT NULL, origin_jti TEXT NOT NULL, issued_at TEXT NOT NULL,
              expires_at TEXT NOT NULL, revoked INTEGER NOT NULL, row_check INTEGER NOT NULL)""", SOFTWARE_TOKENS,
            POOL_MFA, WEBAUTHN_CREDENTIALS, POOL_WEBAUTHN, POOL_SIGN_IN);

    private StoreSchema() {
    }

    static void create(StoreDatabase database) throws SQLException {
        try (Statement statement = database.connection().createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate(table);
            }
            statement.executeUpdate(EMAIL_OWNERS);
        }
        database.putInfo("schema_version", String.valueOf(VERSION));
    }

    /** True for this version and the earlier ones {@link #upgrade} brings up to date. */
    static boolean readable(String version) {
        return version.matches("[1-9][0-9]{0,8}") && Integer.parseInt(version) <= VERSION;
    }

    /** Brings a store written by an earlier version up to date, in the caller's transaction; once, and only forward. */
    static void upgrade(StoreDatabase database) throws SQLException {
        int version = Integer.parseInt(database.info("schema_version").orElseThrow());
        if (version < 2) {
            try (Statement statement = database.connection().createStatement()) {
                statement.executeUpdate(EMAILS);
                statement.executeUpdate(EMAIL_OWNERS);
            }
            new StoreRows(database).indexEmails();
        }
        if (version < 3) {
            try (Statement statement = database.connection().createStatement()) {
                statement.executeUpdate(SOFTWARE_TOKENS);
                statement.executeUpdate(POOL_MFA);
            }
        }
        if (version < 4) {
            try (Statement statement = database.connection().createStatement()) {
                statement.executeUpdate(WEBAUTHN_CREDENTIALS);
                statement.executeUpdate(POOL_WEBAUTHN);
                statement.executeUpdate(POOL_SIGN_IN);
            }
        }
        if (version < VERSION) {
            database.putInfo("schema_version", String.valueOf(VERSION));
        }
    }
}
