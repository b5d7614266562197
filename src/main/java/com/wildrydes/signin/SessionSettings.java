package com.wildrydes.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session may live ({@code wildrydes.session.*}).
 *
 * @param idleTimeout     a signed-in session without a request for this long ends (the HTTP session expires)
 * @param absoluteTimeout a signed-in session ends this long after sign-in however busy it is; Cognito's
 *                        default refresh-token life, after which refresh would fail anyway
 * @param revalidateInterval a signed-in session asks Cognito (GetUser) at most this often whether the user still
 *                        stands, so a disabled, deleted or globally signed-out user loses it within this bound
 */
@ConfigurationProperties("wildrydes.session")
public record SessionSettings(
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("30d") Duration absoluteTimeout,
        @DefaultValue("60s") Duration revalidateInterval) {
}
