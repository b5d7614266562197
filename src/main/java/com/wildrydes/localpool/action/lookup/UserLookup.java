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

    /**
     * The parties of a call that names an app client and a user: the client, its pool and the user, who is null
     * when the name matches nobody and the client hides user existence. The SECRET_HASH is checked against the
     * name as sent and, for a known user, their stored username (Cognito accepts either).
     */
    public record Caller(AppClient client, UserPool pool, StoredUser user) {
    }

    public static Caller caller(StoreView view, String clientId, String typed, String secretHash) {
        AppClient client = ClientAccess.client(view, clientId);
        UserPool pool = ClientAccess.pool(view, client);
        StoredUser user = findUnlessHidden(view, pool, client, typed).orElse(null);
        ClientAccess.checkSecretHash(client, secretHash, typed, user == null ? null : user.username());
        return new Caller(client, pool, user);
    }

    private static PoolException notFound() {
        return new PoolException(PoolError.USER_NOT_FOUND, "Username/client id combination not found.");
    }

    private static boolean signsInWithEmail(UserPool pool) {
        return pool.emailIsUsername() || pool.aliasAttributes().contains("email");
    }
}
