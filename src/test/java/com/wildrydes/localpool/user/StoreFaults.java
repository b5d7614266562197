package com.wildrydes.localpool.user;

import java.sql.SQLException;
import java.sql.Statement;

/** Faults a running store can be put in by tests of other packages. */
public final class StoreFaults {

    private StoreFaults() {
    }

    /**
     * From now on the store's file may not grow, as on a full disk: the next commit that needs a new page fails
     * with SQLITE_FULL. {@link #diskFreed} undoes it.
     */
    public static void diskFull(UserStore store) {
        pragma(store, "PRAGMA max_page_count = 1"); // clamped to the pages the file already has
    }

    public static void diskFreed(UserStore store) {
        pragma(store, "PRAGMA max_page_count = 1073741823");
    }

    private static void pragma(UserStore store, String sql) {
        store.read(view -> {
            try (Statement statement = store.database().connection().createStatement()) {
                statement.execute(sql);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
