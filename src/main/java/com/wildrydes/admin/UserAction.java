package com.wildrydes.admin;

import com.wildrydes.cognito.directory.UserDirectory;
import com.wildrydes.cognito.provision.PoolSpec;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What an administrator can do to one user from the list, named in its URL
 * ({@code POST /admin/users/{username}/{path}}). Each has the question asked before doing it, the
 * button that says yes and the notice shown afterwards; all three take the user's email.
 */
public enum UserAction {
    CONFIRM("confirm", UserDirectory::confirm),
    DISABLE("disable", UserDirectory::disable),
    ENABLE("enable", UserDirectory::enable),
    DELETE("delete", UserDirectory::delete),
    MAKE_ADMIN("make-admin", (users, username) -> users.addToGroup(username, PoolSpec.ADMINS_GROUP)),
    REMOVE_ADMIN("remove-admin", (users, username) -> users.removeFromGroup(username, PoolSpec.ADMINS_GROUP));

    private final String path;
    private final BiConsumer<UserDirectory, String> call;

    UserAction(String path, BiConsumer<UserDirectory, String> call) {
        this.path = path;
        this.call = call;
    }

    static Optional<UserAction> fromPath(String path) {
        return Arrays.stream(values()).filter(action -> action.path.equals(path)).findFirst();
    }

    void applyTo(UserDirectory users, String username) {
        call.accept(users, username);
    }

    public String path() {
        return path;
    }

    /** Shared key stem: {@code admin.action.<path>} (button), {@code .question}, {@code .yes}, {@code .done}. */
    public String messageKey() {
        return "admin.action." + path;
    }

    /** Actions that would lock the administrator doing them out of this page (or the site). */
    public boolean locksOutSelf() {
        return this == DISABLE || this == DELETE || this == REMOVE_ADMIN;
    }

    /** Deleting cannot be undone, so its buttons look like it. */
    public boolean destructive() {
        return this == DELETE;
    }
}
