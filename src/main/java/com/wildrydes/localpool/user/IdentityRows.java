package com.wildrydes.localpool.user;

import com.wildrydes.localpool.user.StoredIdentityPool.LinkedClient;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity pools' rows (see {@link StoreSchema}): written beside {@link StoreRows}, read at start-up beside
 * {@link StoreLoad}, every row checked. A pool's clients and named values are rewritten with the pool.
 */
final class IdentityRows {

    /** The {@code kind} of a row of {@code identity_pool_values}: which of the pool's maps it belongs to. */
    static final String LOGIN_PROVIDER = "SupportedLoginProvider";
    static final String TAG = "Tag";

    private static final String POOL_COLUMNS = "id, name, allow_unauthenticated, allow_classic_flow, "
            + "developer_provider_name, open_id_connect_provider_arns, saml_provider_arns, authenticated_role, "
            + "unauthenticated_role, row_check";

    private final StoreRows rows;

    IdentityRows(StoreRows rows) {
        this.rows = rows;
    }

    /** An upsert, not INSERT OR REPLACE: that would give the pool a new rowid, and so a new place in the list. */
    void save(StoredIdentityPool pool) throws SQLException {
        Object[] values = {pool.id(), pool.name(), pool.allowUnauthenticated(), pool.allowClassicFlow(),
                pool.developerProviderName(), names(pool.openIdConnectProviderArns()), names(pool.samlProviderArns()),
                pool.authenticatedRole(), pool.unauthenticatedRole()};
        Object[] row = java.util.Arrays.copyOf(values, values.length + 1);
        row[values.length] = RowCheck.of(values);
        StringBuilder update = new StringBuilder();
        for (String column : POOL_COLUMNS.split(", ")) {
            if (!column.equals("id")) {
                update.append(update.isEmpty() ? "" : ", ").append(column).append(" = excluded.").append(column);
            }
        }
        rows.run("INSERT INTO identity_pools (" + POOL_COLUMNS + ") VALUES (" + StoreRows.marks(row.length)
                + ") ON CONFLICT (id) DO UPDATE SET " + update, row);
        rows.run("DELETE FROM identity_pool_clients WHERE pool_id = ?", pool.id());
        List<LinkedClient> clients = pool.cognitoProviders() == null ? List.of() : pool.cognitoProviders();
        for (int i = 0; i < clients.size(); i++) {
            LinkedClient client = clients.get(i);
            rows.insert("INSERT INTO identity_pool_clients", pool.id(), i, client.providerName(), client.clientId(),
                    client.serverSideTokenCheck());
        }
        rows.run("DELETE FROM identity_pool_values WHERE pool_id = ?", pool.id());
        saveValues(pool.id(), LOGIN_PROVIDER, pool.supportedLoginProviders());
        saveValues(pool.id(), TAG, pool.tags());
    }

    private void saveValues(String poolId, String kind, Map<String, String> values) throws SQLException {
        int position = 0;
        for (Map.Entry<String, String> value : values == null ? Map.<String, String>of().entrySet() : values.entrySet()) {
            rows.insert("INSERT INTO identity_pool_values", poolId, kind, position++, value.getKey(), value.getValue());
        }
    }

    void save(StoredIdentity identity) throws SQLException {
        rows.insert("INSERT OR REPLACE INTO identities", identity.id(), identity.poolId(), identity.providerName(),
                identity.sub());
    }

    /** A list as one column: null stays null (left out), the rest comma-separated (ARNs hold no commas). */
    private static String names(List<String> names) {
        return names == null ? null : StoreRows.names(names);
    }

    /** Reads every identity pool and identity into the state, checking each row. */
    record Load(StoreLoad load) {

        void into(StoreState state) throws SQLException {
            Map<String, List<LinkedClient>> clients = new HashMap<>();
            load.each("identity_pool_clients", "SELECT * FROM identity_pool_clients ORDER BY pool_id, position",
                    row -> clients.computeIfAbsent(row.getString("pool_id"), id -> new ArrayList<>()).add(
                            new LinkedClient(row.getString("provider_name"), row.getString("client_id"),
                                    flag(row.getObject("server_side_token_check")))));
            Map<String, Map<String, String>> values = new HashMap<>();
            load.each("identity_pool_values", "SELECT * FROM identity_pool_values ORDER BY pool_id, kind, position",
                    row -> values.computeIfAbsent(row.getString("pool_id") + '\n' + row.getString("kind"),
                            key -> new LinkedHashMap<>()).put(row.getString("name"), row.getString("value")));
            load.each("identity_pools", "SELECT * FROM identity_pools ORDER BY rowid", row -> {
                String id = row.getString("id");
                state.putIdentityPool(new StoredIdentityPool(id, row.getString("name"),
                        row.getInt("allow_unauthenticated") != 0, flag(row.getObject("allow_classic_flow")),
                        values.get(id + '\n' + LOGIN_PROVIDER), row.getString("developer_provider_name"),
                        list(row.getString("open_id_connect_provider_arns")), clients.get(id),
                        list(row.getString("saml_provider_arns")), values.get(id + '\n' + TAG),
                        row.getString("authenticated_role"), row.getString("unauthenticated_role")));
            });
            load.each("identities", "SELECT * FROM identities", row -> state.putIdentity(new StoredIdentity(
                    row.getString("id"), load.share(row.getString("pool_id")),
                    load.share(row.getString("provider_name")), row.getString("sub"))));
        }

        private static Boolean flag(Object value) {
            return value == null ? null : ((Number) value).intValue() != 0;
        }

        private static List<String> list(String commaSeparated) {
            return commaSeparated == null ? null : StoreLoad.names(commaSeparated);
        }
    }
}
