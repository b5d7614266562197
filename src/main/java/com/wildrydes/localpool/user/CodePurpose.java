package com.wildrydes.localpool.user;

import java.time.Duration;

/** What a confirmation code confirms, and how long Cognito lets it work. */
public enum CodePurpose {
    SIGN_UP(Duration.ofHours(24)),
    FORGOT_PASSWORD(Duration.ofHours(1));

    private final Duration validity;

    CodePurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
