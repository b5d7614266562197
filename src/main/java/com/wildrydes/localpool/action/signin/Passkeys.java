package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.user.PoolWebAuthnConfig;
import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.webauthn.RelyingParty;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;

/**
 * Who may use passkeys, and with which relying party. A pool has passkeys when its SignInPolicy allows WEB_AUTHN
 * (Cognito answers WebAuthnNotEnabledException otherwise). A user signs in with one only when MFA does not apply
 * to them ({@link FirstFactors#mfaApplies}): Cognito's passwordless first factors and MFA exclude each other, so
 * a pool that requires MFA, or a user whose authenticator app is on, is not offered WEB_AUTHN.
 */
public final class Passkeys {

    /** How long a challenge (registration or sign-in) may be answered; the options' timeout says the same. */
    public static final long TIMEOUT_MILLIS = 180_000;

    private Passkeys() {
    }

    public static boolean enabled(StoreView view, String poolId) {
        return SignInPolicies.allowedFirstAuthFactors(view, poolId).contains("WEB_AUTHN");
    }

    /** WebAuthnNotEnabledException unless the pool allows WEB_AUTHN. */
    public static void requireEnabled(StoreView view, String poolId) {
        if (!enabled(view, poolId)) {
            throw new PoolException(PoolError.WEB_AUTHN_NOT_ENABLED, "WebAuthn is not enabled for this user pool.");
        }
    }

    /** The pool's relying party: its WebAuthnConfiguration, or {@link RelyingParty#DEFAULT_ID} when none is set. */
    public static RelyingParty relyingParty(StoreView view, String poolId) {
        PoolWebAuthnConfig config = view.webAuthnConfig(poolId);
        return new RelyingParty(config.relyingPartyId() == null ? RelyingParty.DEFAULT_ID : config.relyingPartyId(),
                config.verificationRequired());
    }

    /** The user may sign in with a passkey: passkeys on, one registered, and no MFA that applies to them. */
    public static boolean mayUse(StoreView view, StoredUser user) {
        if (user == null || !enabled(view, user.poolId())
                || view.webAuthnCredentials(user.poolId(), user.username()).isEmpty()) {
            return false;
        }
        return !FirstFactors.mfaApplies(view, user.poolId(), user);
    }
}
