package com.wildrydes.localpool.srp;

import java.util.Objects;

/**
 * One USER_SRP_AUTH sign-in waiting for its PASSWORD_VERIFIER answer.
 *
 * @param username the stored username (USER_ID_FOR_SRP), not necessarily what the user typed
 * @param session  the Session returned with the challenge, or null when none was sent
 */
public record PendingSrpLogin(String userPoolId, String clientId, String username, SrpChallenge challenge,
        String session) {

    public PendingSrpLogin {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(challenge, "challenge");
    }

    /** Without the session, which lets its holder answer the challenge. */
    @Override
    public String toString() {
        return "PendingSrpLogin[userPoolId=" + userPoolId + ", clientId=" + clientId + ", username=" + username
                + ", challenge=" + challenge + ", session=" + (session == null ? "none" : "<hidden>") + "]";
    }
}
