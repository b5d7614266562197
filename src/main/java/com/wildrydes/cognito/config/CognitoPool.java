package com.wildrydes.cognito.config;

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

    @Override
    public String toString() {
        return "CognitoPool[userPoolId=" + userPoolId + ", clientId=" + clientId
                + ", clientSecret=" + (hasClientSecret() ? "****" : "none") + "]";
    }
}
