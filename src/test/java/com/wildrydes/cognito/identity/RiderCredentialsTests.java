package com.wildrydes.cognito.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RiderCredentialsTests {

    static final Instant EXPIRY = Instant.parse("2026-12-01T21:00:00Z");
    final RiderCredentials credentials = new RiderCredentials(IdentityWire.IDENTITY_ID, IdentityWire.ACCESS_KEY_ID,
            IdentityWire.SECRET_KEY, IdentityWire.SESSION_TOKEN, EXPIRY);

    @Test
    void toStringThenNamesTheIdentityButNeitherSecretNorSessionToken() {
        assertThat(credentials.toString()).contains(IdentityWire.IDENTITY_ID, IdentityWire.ACCESS_KEY_ID)
                .doesNotContain(IdentityWire.SECRET_KEY).doesNotContain(IdentityWire.SESSION_TOKEN);
    }

    @Test
    void expiresWithinWhenFewerThanTheMarginRemainThenTrue() {
        Duration margin = Duration.ofMinutes(5);

        assertThat(credentials.expiresWithin(margin, EXPIRY.minus(Duration.ofMinutes(6)))).isFalse();
        assertThat(credentials.expiresWithin(margin, EXPIRY.minus(Duration.ofMinutes(4)))).isTrue();
        assertThat(credentials.expiresWithin(Duration.ZERO, EXPIRY)).as("expired").isTrue();
    }
}
