package com.wildrydes.localpool.user;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.zip.CRC32C;

/**
 * Each row's {@code row_check}: a CRC-32C over its values as text. SQLite's {@code quick_check} sees a damaged page
 * structure but not a changed value (a flipped bit in a verifier reads as another verifier), so every row is checked
 * as it is read at start-up, and one that does not match stops the start: damaged on disk, or edited outside the pool.
 */
final class RowCheck {

    private final CRC32C crc = new CRC32C();

    static long of(Object... values) {
        RowCheck check = new RowCheck();
        for (Object value : values) {
            check.add(text(value));
        }
        return check.value();
    }

    /** Checks a row read with every column (as {@code SELECT *}): all but {@code row_check} count, in order. */
    static void verify(String table, ResultSet row) throws SQLException {
        ResultSetMetaData columns = row.getMetaData();
        RowCheck check = new RowCheck();
        long stored = 0;
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            if (columns.getColumnName(i).equals("row_check")) {
                stored = row.getLong(i);
            } else {
                check.add(row.getString(i));
            }
        }
        check.expect(stored, table);
    }

    RowCheck add(String text) {
        return add(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    /** A value as SQLite holds it: text's UTF-8 bytes (an integer's as its digits), or null. */
    RowCheck add(byte[] utf8) {
        if (utf8 == null) {
            crc.update(0xff); // not a byte UTF-8 text can start with
        } else {
            crc.update(utf8.length >>> 24);
            crc.update(utf8.length >>> 16);
            crc.update(utf8.length >>> 8);
            crc.update(utf8.length);
            crc.update(utf8);
        }
        return this;
    }

    long value() {
        return crc.getValue();
    }

    void expect(long stored, String where) {
        if (value() != stored) {
            throw new Mismatch(where + " does not match its row_check (damaged on disk, or changed outside the pool)");
        }
    }

    /** How a value is stored, as SQLite gives it back as text: instants as {@link StoreTime}, booleans as 0/1. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return StoreTime.format(instant);
        }
        if (value instanceof Boolean flag) {
            return flag ? "1" : "0";
        }
        return value.toString();
    }

    /** A row whose values are not those its check was made from. */
    static final class Mismatch extends RuntimeException {
        Mismatch(String message) {
            super(message);
        }
    }
}
