package com.wildrydes.localpool.user;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The start-up check of the tables that grow with the pool (users, their attributes, the email index): every row
 * against its {@link RowCheck}, so that a changed value is found before the pool starts, as SQLite's own checks
 * cannot. Nothing is built from the rows (they are read again when an operation needs a user), and each value is
 * taken as SQLite's bytes, never decoded into a string. (Measured slower: having SQLite lay out a row's values in
 * one blob with {@code printf}/{@code unhex}, one call into the driver per row.)
 */
final class StoreRowsCheck {

    private final StoreDatabase database;

    StoreRowsCheck(StoreDatabase database) {
        this.database = database;
    }

    void run() throws SQLException {
        table("SELECT row_check, pool_id, username_key, username, sub, status, enabled, password_salt,"
                + " password_verifier, created_at, modified_at, failed_sign_ins, locked_until, signed_out_at"
                + " FROM users", row -> "User " + text(row, 4));
        table("SELECT row_check, user_id, position, name, value FROM user_attributes",
                row -> "Attribute " + text(row, 4) + " of the user with id " + text(row, 2));
        table("SELECT row_check, pool_id, email_key, user_id FROM user_emails",
                row -> "The email index entry of the user with id " + text(row, 4));
    }

    /** Checks each row of {@code sql}, whose first column is the row's check and the rest its values in order. */
    private void table(String sql, Label label) throws SQLException {
        try (ResultSet row = database.statement(sql).executeQuery()) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                RowCheck check = new RowCheck();
                for (int column = 2; column <= columns; column++) {
                    check.add(row.getBytes(column));
                }
                long stored = row.getLong(1);
                if (check.value() != stored) {
                    check.expect(stored, label.of(row)); // throws, naming the row
                }
            }
        }
    }

    private static String text(ResultSet row, int column) throws SQLException {
        byte[] bytes = row.getBytes(column);
        return bytes == null ? "null" : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Names a row that does not match, for the one sentence the start stops with. */
    private interface Label {
        String of(ResultSet row) throws SQLException;
    }
}
