package com.wildrydes.cognito.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How patient the site's calls to Cognito are ({@code wildrydes.cognito.calls.*}). A page waits for Cognito at
 * most {@code timeout}, retries included, so a slow or silent Cognito ends as "try again" rather than a
 * spinner; tests shorten these to meet a timeout quickly.
 *
 * @param timeout        the whole call, every attempt and pause included; also the longest wait for one answer
 * @param connectTimeout the longest wait for a connection
 * @param maxAttempts    attempts per call, the first included (the SDK's own default is 4)
 */
@ConfigurationProperties("wildrydes.cognito.calls")
public record CognitoCallSettings(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("4") int maxAttempts) {

    /** The defaults, for clients built outside Spring (the provision command, tests). */
    public static final CognitoCallSettings DEFAULTS = new CognitoCallSettings(Duration.ofSeconds(10),
            Duration.ofSeconds(2), 4);

    public CognitoCallSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("wildrydes.cognito.calls.max-attempts must be at least 1");
        }
    }

    /** These settings with another timeout. */
    public CognitoCallSettings withTimeout(Duration another) {
        return new CognitoCallSettings(another, connectTimeout, maxAttempts);
    }
}
