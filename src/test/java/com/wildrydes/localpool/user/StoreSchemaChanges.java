package com.wildrydes.localpool.user;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Turns a store back into what an earlier schema version wrote, for the upgrade tests. */
final class StoreSchemaChanges {

    private StoreSchemaChanges() {
    }

    /** Version 4 added passkeys, the pools' WebAuthn settings and their sign-in policies. */
    static void dropVersionFourTables(Path dir) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoreDirectory.DATABASE));
                var statement = connection.createStatement()) {
            statement.executeUpdate("DROP TABLE webauthn_credentials");
            statement.executeUpdate("DROP TABLE pool_webauthn");
            statement.executeUpdate("DROP TABLE pool_sign_in");
        }
    }
}
