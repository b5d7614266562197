package com.wildrydes.cognito.config;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Start-up checks of {@link CognitoSettings}: a half-set pool fails now, with one sentence, rather than
 * on the first sign-up with a puzzling Cognito error.
 */
public final class CognitoSettingsCheck {

    /** {@code <region>_<id>}: e.g. ap-northeast-2_AbC123xYz, us-gov-west-1_Xy9. */
    private static final Pattern POOL_ID = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+_[A-Za-z0-9]+");

    private static final String POOL_ID_SETTING = "wildrydes.cognito.user-pool-id (COGNITO_USER_POOL_ID)";
    private static final String CLIENT_ID_SETTING = "wildrydes.cognito.client-id (COGNITO_CLIENT_ID)";
    private static final String SECRET_SETTING = "wildrydes.cognito.client-secret (COGNITO_CLIENT_SECRET)";
    private static final String ENDPOINT_SETTING = "wildrydes.cognito.endpoint (COGNITO_ENDPOINT)";

    private CognitoSettingsCheck() {
    }

    /** The configured pool, or null when the settings ask for the local pool at the endpoint. */
    public static CognitoPool configuredPool(CognitoSettings settings) {
        checkEndpoint(settings.endpoint());
        if (hasText(settings.userPoolId())) {
            return checkedPool(settings);
        }
        if (hasText(settings.clientId())) {
            throw fail(CLIENT_ID_SETTING + " is set but " + POOL_ID_SETTING
                    + " is not: set both, or neither to use the local pool.");
        }
        if (hasText(settings.clientSecret())) {
            throw fail(SECRET_SETTING + " is set but " + POOL_ID_SETTING
                    + " is not: set the pool and client it belongs to.");
        }
        if (!hasText(settings.endpoint())) {
            throw fail("No user pool is configured: set " + POOL_ID_SETTING + " and " + CLIENT_ID_SETTING
                    + ", or " + ENDPOINT_SETTING + " to a local Cognito-compatible pool.");
        }
        return null;
    }

    public static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static CognitoPool checkedPool(CognitoSettings settings) {
        String poolId = settings.userPoolId().trim();
        if (!POOL_ID.matcher(poolId).matches()) {
            throw fail(POOL_ID_SETTING + " must look like <region>_<id>, e.g. ap-northeast-2_AbC123xYz, but is '"
                    + poolId + "'.");
        }
        if (!hasText(settings.clientId())) {
            throw fail(POOL_ID_SETTING + " is set but " + CLIENT_ID_SETTING
                    + " is not: set the id of the pool's app client.");
        }
        String secret = hasText(settings.clientSecret()) ? settings.clientSecret().trim() : null;
        return new CognitoPool(poolId, settings.clientId().trim(), secret);
    }

    /** Fails with one sentence unless the endpoint is empty or an http(s) URL with a host. */
    static void checkEndpoint(String endpoint) {
        if (!hasText(endpoint)) {
            return;
        }
        try {
            URI uri = new URI(endpoint.trim());
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below, in the same words as any other unusable endpoint
        }
        throw fail(ENDPOINT_SETTING + " must be an http(s) URL such as http://127.0.0.1:9229, but is '"
                + endpoint + "'.");
    }

    private static CognitoConfigurationException fail(String sentence) {
        return new CognitoConfigurationException(sentence);
    }
}
