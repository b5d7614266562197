package com.wildrydes.localpool.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the store before anything writes to it: SQLite's {@code quick_check} on a read-only connection, then the
 * store's own marks. Damage of any kind stops the start with one sentence and leaves every file as it was (the
 * check's connection creates no file, or removes the {@code -shm} it had to create). What "missing" means: an
 * empty data dir is a fresh start and a missing {@code -wal} is normal, but a {@code -wal} without its database
 * is the remains of a store, so it is damage too.
 */
final class StoreCheck {

    private static final int PROBLEMS_SHOWN = 1;

    private StoreCheck() {
    }

    /**
     * Checks the store in {@code files}, if there is one.
     *
     * @return what it was imported from (see {@link LegacyStoreImport}); empty when it was not, or there is no store
     */
    static Optional<String> check(StoreDirectory files) {
        Path database = files.file(StoreDirectory.DATABASE);
        boolean hasWal = Files.exists(files.file(StoreDirectory.WAL));
        if (Files.notExists(database)) {
            if (hasWal) {
                throw damaged(files, database + " is missing while its " + StoreDirectory.WAL + " is there");
            }
            return Optional.empty();
        }
        boolean hadShm = Files.exists(files.file(StoreDirectory.SHM));
        try {
            if (Files.size(database) == 0) {
                throw damaged(files, "the file is empty");
            }
            try (Connection connection = StoreDatabase.openForCheck(database, hasWal)) {
                List<String> problems = quickCheck(connection);
                if (!problems.isEmpty()) {
                    throw damaged(files, "SQLite quick_check: " + String.join("; ", problems));
                }
                return marks(files, connection);
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && (e.getMessage().contains("SQLITE_CORRUPT")
                    || e.getMessage().contains("SQLITE_NOTADB"))) {
                throw damaged(files, "SQLite: " + reason(e));
            }
            throw new StoreOpenException("The local pool store " + database + " cannot be read (" + e.getMessage()
                    + "); check its owner and permissions, or move it away to start with an empty pool.", e);
        } catch (IOException e) {
            throw new StoreOpenException("The local pool store " + database + " cannot be read (" + e.getMessage()
                    + "); check its owner and permissions, or move it away to start with an empty pool.", e);
        } finally {
            if (!hadShm) {
                deleteQuietly(files.file(StoreDirectory.SHM));
            }
        }
    }

    static StoreOpenException damaged(StoreDirectory files, String detail) {
        return new StoreOpenException("The local pool store " + files.file(StoreDirectory.DATABASE) + " is damaged ("
                + detail + "); restore it from a copy, or move " + StoreDirectory.DATABASE + " and any "
                + StoreDirectory.DATABASE + "-* beside it out of " + files.path() + " to start with an empty pool.");
    }

    /** SQLite's own words: the driver's "[SQLITE_NOTADB] File opened that is ... (file is not a database)". */
    private static String reason(SQLException e) {
        java.util.regex.Matcher own = java.util.regex.Pattern.compile(".*\\((.*)\\)").matcher(e.getMessage());
        return own.matches() ? own.group(1) : e.getMessage();
    }

    private static List<String> quickCheck(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA quick_check(" + (PROBLEMS_SHOWN + 1) + ")")) {
            while (rows.next()) {
                String row = rows.getString(1);
                if (!row.equals("ok") && problems.size() < PROBLEMS_SHOWN) {
                    problems.add(row.replace("*** in database main ***", "").strip().replace('\n', ' '));
                }
            }
        }
        return problems;
    }

    /** The store's own marks: a file SQLite finds sound but that the pool did not write is damage all the same. */
    private static Optional<String> marks(StoreDirectory files, Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT key, value FROM store_info")) {
            String version = null;
            String importedFrom = null;
            while (rows.next()) {
                switch (rows.getString(1)) {
                    case "schema_version" -> version = rows.getString(2);
                    case "imported_from" -> importedFrom = rows.getString(2);
                    default -> {
                    }
                }
            }
            if (version == null) {
                throw damaged(files, "its schema_version mark is missing");
            }
            if (!StoreSchema.readable(version)) { // older ones are upgraded on open
                throw new StoreOpenException("The local pool store " + files.file(StoreDirectory.DATABASE)
                        + " has schema version " + version + ", which this version of Wild Rydes cannot read; run the"
                        + " version that wrote it, or move the file away to start with an empty pool.");
            }
            return Optional.ofNullable(importedFrom);
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("no such table")) {
                throw damaged(files, "it holds no store_info table, so the pool did not write it");
            }
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // only the check's own shared-memory index: SQLite rebuilds it
        }
    }
}
