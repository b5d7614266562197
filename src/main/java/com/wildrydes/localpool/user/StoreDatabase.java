package com.wildrydes.localpool.user;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one connection to the store's SQLite file. WAL with {@code synchronous=FULL}: a commit is on disk (the
 * WAL fsync'd) before {@link #commit} returns, which is what lets an operation answer "success" safely.
 * Statements are prepared once and reused. Used by one thread at a time (the store's write lock).
 */
final class StoreDatabase implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private StoreDatabase(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating when missing) the file for reading and writing, in WAL mode. */
    static StoreDatabase open(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 5000"); // a sqlite3 reader must not fail a commit
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA mmap_size = 1073741824"); // start-up checks and user lookups, without a copy per page
            return new StoreDatabase(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Read-only, creating nothing: the file as it is, for checking it before anything writes to it. */
    static Connection openForCheck(Path file, boolean hasWal) throws SQLException {
        // immutable: no -wal/-shm is created; with a WAL left by a crash its frames must be read, so read-only
        String mode = hasWal ? "mode=ro" : "immutable=1";
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?" + mode);
    }

    /** Only before the first table is created (and not in WAL mode, which fixes it): see StoreSchema.PAGE_SIZE. */
    void pageSize(int bytes) throws SQLException {
        execute("PRAGMA journal_mode = DELETE");
        execute("PRAGMA page_size = " + bytes);
        execute("VACUUM");
        execute("PRAGMA journal_mode = WAL");
    }

    Connection connection() {
        return connection;
    }

    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /**
     * Starts a write transaction. Transactions are SQLite's own statements rather than JDBC's auto-commit switch:
     * SQLite may roll a failed transaction back by itself (SQLITE_FULL does), and the driver's switch then no
     * longer matches what SQLite is doing.
     */
    void begin() throws SQLException {
        execute("BEGIN IMMEDIATE");
    }

    void commit() throws SQLException {
        execute("COMMIT");
    }

    /**
     * Undoes the transaction under way, if SQLite has not already, and forgets the prepared statements, which a
     * failed one can leave unusable.
     */
    void rollback() throws SQLException {
        closeStatements();
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                throw e;
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    Optional<String> info(String key) throws SQLException {
        PreparedStatement select = statement("SELECT value FROM store_info WHERE key = ?");
        select.setString(1, key);
        try (ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        }
    }

    void putInfo(String key, String value) throws SQLException {
        PreparedStatement upsert = statement("INSERT INTO store_info (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        upsert.setString(1, key);
        upsert.setString(2, value);
        upsert.executeUpdate();
    }

    /** Closing the last connection checkpoints the WAL into the file and removes it. */
    @Override
    public void close() throws SQLException {
        closeStatements();
        connection.close();
    }

    private void closeStatements() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        statements.clear();
    }
}
