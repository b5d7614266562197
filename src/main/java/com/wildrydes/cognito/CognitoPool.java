package com.wildrydes.cognito;

import java.util.Optional;

/**
 * The coordinates of one user pool and app client: what every Cognito call names.
 *
 * @param userPoolId   {@code <region>_<id>}, e.g. {@code ap-northeast-2_AbC123xYz}
 * @param clientId     the app client id
 * @param clientSecret the app client's secret, or null when the client has none
 */
public record CognitoPool(String userPoolId, String clientId, String clientSecret) {

    /** The part of the pool id after '_': Cognito's SRP hashes it into the password proof. */
    public String poolName() {
        return userPoolId.substring(userPoolId.indexOf('_') + 1);
    }

    public boolean hasClientSecret() {
        return clientSecret != null && !clientSecret.isEmpty();
    }

    /** SECRET_HASH for this username, present only when the app client has a secret. */
    Optional<String> secretHashFor(String username) {
        return hasClientSecret() ? Optional.of(SecretHash.of(username, clientId, clientSecret)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "CognitoPool[userPoolId=" + userPoolId + ", clientId=" + clientId
                + ", clientSecret=" + (hasClientSecret() ? "****" : "none") + "]";
    }
}
