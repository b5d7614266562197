package com.wildrydes.cognito.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A fixed key pair for the Cognito endpoint ({@code wildrydes.cognito.credentials.*}). The embedded local pool
 * publishes its own here; left unset, the site uses the usual AWS credential chain.
 *
 * @param accessKeyId     the access key id
 * @param secretAccessKey its secret
 */
@ConfigurationProperties("wildrydes.cognito.credentials")
public record CognitoCredentials(String accessKeyId, String secretAccessKey) {

    static final CognitoCredentials NONE = new CognitoCredentials(null, null);

    public boolean isSet() {
        return CognitoSettingsCheck.hasText(accessKeyId) && CognitoSettingsCheck.hasText(secretAccessKey);
    }

    @Override
    public String toString() {
        return "CognitoCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey="
                + (CognitoSettingsCheck.hasText(secretAccessKey) ? "****" : "none") + "]";
    }
}
