package com.wildrydes.cognito.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How patient the site's Cognito client is ({@code wildrydes.cognito.client.*}). A page waits for Cognito at
 * most {@code callTimeout}, retries included, so a slow or silent Cognito ends as "try again" rather than a
 * spinner; tests shorten these to meet a timeout quickly.
 *
 * @param callTimeout    the whole call, every attempt and pause included; also the longest wait for one answer
 * @param connectTimeout the longest wait for a connection
 * @param maxAttempts    attempts per call, the first included (the SDK's own default is 4)
 */
@ConfigurationProperties("wildrydes.cognito.client")
public record CognitoClientSettings(
        @DefaultValue("10s") Duration callTimeout,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("4") int maxAttempts) {

    /** The defaults, for clients built outside Spring (the provision command, tests). */
    public static final CognitoClientSettings DEFAULTS = new CognitoClientSettings(Duration.ofSeconds(10),
            Duration.ofSeconds(2), 4);

    public CognitoClientSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("wildrydes.cognito.client.max-attempts must be at least 1");
        }
    }

    /** These settings with another call timeout. */
    public CognitoClientSettings withCallTimeout(Duration timeout) {
        return new CognitoClientSettings(timeout, connectTimeout, maxAttempts);
    }
}
