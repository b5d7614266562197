package com.wildrydes.localpool.action.lookup;

import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.Optional;

/** Finds a user by what a client sent as USERNAME: the stored username, or the email where it signs in. */
public final class UserLookup {

    private UserLookup() {
    }

    public static Optional<StoredUser> find(StoreView view, UserPool pool, String typed) {
        Optional<StoredUser> byUsername = view.user(pool.id(), typed);
        if (byUsername.isPresent() || !signsInWithEmail(pool)) {
            return byUsername;
        }
        return view.userByEmail(pool.id(), typed);
    }

    /** As {@link #find}, failing as Cognito does for the public operations. */
    public static StoredUser require(StoreView view, UserPool pool, String typed) {
        return find(view, pool, typed).orElseThrow(UserLookup::notFound);
    }

    /**
     * As {@link #find}, but failing with UserNotFoundException for an unknown name unless the client hides user
     * existence (PreventUserExistenceErrors ENABLED): then empty, and the operation answers as its documentation
     * says for that case.
     */
    public static Optional<StoredUser> findUnlessHidden(StoreView view, UserPool pool, AppClient client,
            String typed) {
        Optional<StoredUser> user = find(view, pool, typed);
        if (user.isEmpty() && !client.hidesUserExistence()) {
            throw notFound();
        }
        return user;
    }

    private static PoolException notFound() {
        return new PoolException(PoolError.USER_NOT_FOUND, "Username/client id combination not found.");
    }

    private static boolean signsInWithEmail(UserPool pool) {
        return pool.emailIsUsername() || pool.aliasAttributes().contains("email");
    }
}
