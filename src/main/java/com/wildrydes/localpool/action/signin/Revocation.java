package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.user.RefreshGrant;
import com.wildrydes.localpool.user.StoredUser;

/**
 * Whether the tokens of one sign-in still count: not after RevokeToken on its refresh token, nor after the user's
 * GlobalSignOut. Every token carries its sign-in's origin_jti, which names the sign-in's refresh grant.
 */
public final class Revocation {

    private Revocation() {
    }

    public static boolean isRevoked(RefreshGrant grant, StoredUser user) {
        return grant.revoked() || (user.signedOutAt() != null && !grant.issuedAt().isAfter(user.signedOutAt()));
    }
}
