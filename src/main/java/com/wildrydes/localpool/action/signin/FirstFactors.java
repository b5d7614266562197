package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.user.StoredUser;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that decides which first factors USER_AUTH offers a user: the pool's AllowedFirstAuthFactors
 * intersected with what the user has. PASSWORD offers both PASSWORD_SRP and PASSWORD; EMAIL_OTP needs a verified
 * email; WEB_AUTHN a passkey the user may use (see {@link Passkeys#mayUse}). SMS_OTP is not offered (the local
 * pool has no phone numbers).
 */
public final class FirstFactors {

    private FirstFactors() {
    }

    /**
     * @param user null for a decoy (an unknown name on a client that hides user existence): offered what a user
     *             with a verified email would be, so the answer does not tell who exists
     * @param passkey the user may sign in with a passkey; a decoy never may, as most users have none
     */
    public static List<String> offered(List<String> allowedFirstAuthFactors, StoredUser user, boolean passkey) {
        List<String> challenges = new ArrayList<>();
        if (allowedFirstAuthFactors.contains("PASSWORD")) {
            challenges.add("PASSWORD_SRP");
            challenges.add("PASSWORD");
        }
        if (allowedFirstAuthFactors.contains("EMAIL_OTP") && (user == null || hasVerifiedEmail(user))) {
            challenges.add("EMAIL_OTP");
        }
        if (allowedFirstAuthFactors.contains("WEB_AUTHN") && user != null && passkey) {
            challenges.add("WEB_AUTHN");
        }
        return List.copyOf(challenges);
    }

    private static boolean hasVerifiedEmail(StoredUser user) {
        return user.email() != null && "true".equals(user.attributes().get("email_verified"));
    }
}
