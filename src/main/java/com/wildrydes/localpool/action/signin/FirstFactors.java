package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.user.PoolMfaConfig;
import com.wildrydes.localpool.user.SoftwareToken;
import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.user.StoredUser;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that decides which first factors USER_AUTH offers a user: the pool's AllowedFirstAuthFactors
 * intersected with what the user has. PASSWORD offers both PASSWORD_SRP and PASSWORD; EMAIL_OTP needs a verified
 * email; WEB_AUTHN a passkey the user may use (see {@link Passkeys#mayUse}). SMS_OTP is not offered (the local
 * pool has no phone numbers). The passwordless factors are never offered to a user MFA applies to: Cognito does
 * not let MFA and passwordless sign-in (email codes, passkeys) serve the same user ({@link #mfaApplies}).
 */
public final class FirstFactors {

    private FirstFactors() {
    }

    /**
     * @param user null for a decoy (an unknown name on a client that hides user existence): offered what a user
     *             with a verified email would be, so the answer does not tell who exists
     * @param passkey the user may sign in with a passkey; a decoy never may, as most users have none
     * @param mfa     MFA applies to the user (for a decoy: the pool requires it), so no passwordless factor
     */
    public static List<String> offered(List<String> allowedFirstAuthFactors, StoredUser user, boolean passkey,
            boolean mfa) {
        List<String> challenges = new ArrayList<>();
        if (allowedFirstAuthFactors.contains("PASSWORD")) {
            challenges.add("PASSWORD_SRP");
            challenges.add("PASSWORD");
        }
        if (allowedFirstAuthFactors.contains("EMAIL_OTP") && !mfa && (user == null || hasVerifiedEmail(user))) {
            challenges.add("EMAIL_OTP");
        }
        if (allowedFirstAuthFactors.contains("WEB_AUTHN") && !mfa && user != null && passkey) {
            challenges.add("WEB_AUTHN");
        }
        return List.copyOf(challenges);
    }

    /**
     * Whether MFA applies to {@code user} in {@code poolId}: the pool requires it, or it is optional and the user's
     * authenticator app is on. A decoy ({@code null}) is treated as a user without an app, so it reads like one.
     */
    public static boolean mfaApplies(StoreView view, String poolId, StoredUser user) {
        PoolMfaConfig mfa = view.mfaConfig(poolId);
        if (mfa.required()) {
            return true;
        }
        if (user == null) {
            return false;
        }
        SoftwareToken token = view.softwareToken(poolId, user.username());
        return mfa.active() && token.verified() && token.enabled();
    }

    private static boolean hasVerifiedEmail(StoredUser user) {
        return user.email() != null && "true".equals(user.attributes().get("email_verified"));
    }
}
