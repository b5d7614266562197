package com.wildrydes.localpool.user;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows kept in memory at start-up: pools, clients, codes, groups, refresh grants; each row is checked
 * as it is read. Users are not among them (see {@link UserRows}). Strings that repeat from row to row (pool ids,
 * group names) are held once.
 */
final class StoreLoad {

    private final StoreDatabase database;
    private final Map<String, String> shared = new HashMap<>();

    StoreLoad(StoreDatabase database) {
        this.database = database;
    }

    void into(StoreState state) throws SQLException {
        Map<String, List<PoolAttribute>> schemas = schemas();
        each("pools", "SELECT * FROM pools ORDER BY rowid", row -> {
            state.putPool(pool(row, schemas.getOrDefault(row.getString("id"), List.of())));
        });
        each("app_clients", "SELECT * FROM app_clients ORDER BY rowid", row -> {
            state.putClient(client(row));
        });
        each("confirmation_codes", "SELECT * FROM confirmation_codes", row -> {
            state.putCode(new ConfirmationCode(share(row.getString("pool_id")), row.getString("username"),
                    CodePurpose.valueOf(row.getString("purpose")), row.getString("salt_hex"), row.getString("hash_hex"),
                    StoreTime.parse(row.getString("expires_at")), row.getInt("failed_attempts")));
        });
        each("pool_groups", "SELECT * FROM pool_groups ORDER BY rowid", row -> {
            state.groups().put(new PoolGroup(share(row.getString("pool_id")), row.getString("name"),
                    row.getString("description"), row.getObject("precedence") == null ? null : row.getInt("precedence"), row.getString("role_arn"),
                    StoreTime.parse(row.getString("created_at")), StoreTime.parse(row.getString("modified_at"))));
        });
        each("group_members", "SELECT * FROM group_members", row -> {
            state.groups().addMember(share(row.getString("pool_id")), share(row.getString("group_key")),
                    row.getString("username_key"));
        });
        each("refresh_grants", "SELECT * FROM refresh_grants", row -> {
            state.putGrant(new RefreshGrant(row.getString("token_hash"), share(row.getString("pool_id")),
                    share(row.getString("client_id")), row.getString("username"), row.getString("origin_jti"),
                    StoreTime.parse(row.getString("issued_at")), StoreTime.parse(row.getString("expires_at")),
                    row.getInt("revoked") != 0));
        });
        each("software_tokens", "SELECT * FROM software_tokens", row -> {
            state.putSoftwareToken(new SoftwareToken(share(row.getString("pool_id")), row.getString("username"),
                    row.getString("pending_secret"), row.getString("secret"), row.getInt("enabled") != 0,
                    row.getInt("preferred") != 0, row.getLong("last_time_step")));
        });
        each("pool_mfa", "SELECT * FROM pool_mfa", row -> {
            state.putMfaConfig(new PoolMfaConfig(share(row.getString("pool_id")), row.getString("mfa_configuration"),
                    row.getInt("software_token_enabled") != 0));
        });
        each("webauthn_credentials", "SELECT * FROM webauthn_credentials ORDER BY created_at", row -> {
            state.putWebAuthnCredential(new WebAuthnCredential(share(row.getString("pool_id")),
                    row.getString("username"), row.getString("credential_id"), row.getString("friendly_name"),
                    row.getString("relying_party_id"), row.getString("attachment"),
                    names(row.getString("transports")), StoreTime.parse(row.getString("created_at")),
                    row.getString("credential_data"), row.getLong("sign_count")));
        });
        each("pool_webauthn", "SELECT * FROM pool_webauthn", row -> {
            state.putWebAuthnConfig(new PoolWebAuthnConfig(share(row.getString("pool_id")),
                    row.getString("relying_party_id"), row.getString("user_verification")));
        });
        each("pool_sign_in", "SELECT * FROM pool_sign_in", row -> {
            state.putSignInPolicy(new PoolSignInPolicy(share(row.getString("pool_id")),
                    names(row.getString("allowed_first_auth_factors"))));
        });
    }

    /** Hands each row of {@code sql}, all columns of {@code table}, to {@code action} once its check matches. */
    void each(String table, String sql, Row action) throws SQLException {
        try (ResultSet rows = database.statement(sql).executeQuery()) {
            while (rows.next()) {
                RowCheck.verify("A row of " + table, rows);
                action.accept(rows);
            }
        }
    }

    StoreDatabase database() {
        return database;
    }

    String share(String value) {
        return value == null ? null : shared.computeIfAbsent(value, same -> same);
    }

    private Map<String, List<PoolAttribute>> schemas() throws SQLException {
        Map<String, List<PoolAttribute>> schemas = new LinkedHashMap<>();
        each("pool_schema_attributes", "SELECT * FROM pool_schema_attributes ORDER BY pool_id, position", row -> {
            schemas.computeIfAbsent(row.getString("pool_id"), id -> new ArrayList<>()).add(new PoolAttribute(
                    row.getString("name"), row.getString("data_type"), row.getInt("mutable") != 0,
                    row.getInt("required") != 0));
        });
        return schemas;
    }

    private static UserPool pool(ResultSet row, List<PoolAttribute> schema) throws SQLException {
        PasswordPolicy policy = new PasswordPolicy(row.getInt("password_minimum_length"),
                row.getInt("password_require_uppercase") != 0, row.getInt("password_require_lowercase") != 0,
                row.getInt("password_require_numbers") != 0, row.getInt("password_require_symbols") != 0,
                row.getInt("temporary_password_validity_days"));
        return new UserPool(row.getString("id"), row.getString("name"), StoreTime.parse(row.getString("created_at")),
                StoreTime.parse(row.getString("modified_at")), names(row.getString("username_attributes")),
                names(row.getString("alias_attributes")), names(row.getString("auto_verified_attributes")), policy,
                schema, row.getInt("allow_admin_create_user_only") != 0, row.getString("verification_subject"),
                row.getString("verification_message"));
    }

    private static AppClient client(ResultSet row) throws SQLException {
        return new AppClient(row.getString("pool_id"), row.getString("client_id"), row.getString("name"),
                row.getString("secret"), names(row.getString("explicit_auth_flows")),
                validity(row, "access_token_validity", "access_token_unit"),
                validity(row, "id_token_validity", "id_token_unit"),
                validity(row, "refresh_token_validity", "refresh_token_unit"),
                StoreTime.parse(row.getString("created_at")), StoreTime.parse(row.getString("modified_at")),
                row.getString("prevent_user_existence_errors"));
    }

    private static TokenValidity validity(ResultSet row, String value, String unit) throws SQLException {
        String unitText = row.getString(unit);
        return unitText == null ? null : new TokenValidity(row.getLong(value), unitText);
    }

    static List<String> names(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }

    /** What to do with one row. */
    interface Row {
        void accept(ResultSet row) throws SQLException;
    }
}
