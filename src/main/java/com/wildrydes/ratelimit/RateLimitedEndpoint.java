package com.wildrydes.ratelimit;

/**
 * The forms that reach Cognito on behalf of someone not signed in, each with buckets of its own. The tag names
 * the endpoint in keys and in {@code wildrydes_rate_limited_total{endpoint=...}}.
 */
public enum RateLimitedEndpoint {
    SIGN_IN("signin"),
    REGISTER("register"),
    VERIFY("verify"),
    RESEND("resend"),
    /** Sends a reset code: /forgot-password and /reset-password/resend share it, so alternating gains nothing. */
    FORGOT("forgot"),
    RESET("reset"),
    /** A code from an authenticator app: at sign-in, at its setup, and when turning it on from the account page. */
    AUTHENTICATOR_CODE("authenticator-code"),
    /** "Email me a code" on /signin and the code page after it: sending a sign-in code and answering it. */
    EMAIL_CODE("email-code");

    private final String tag;

    RateLimitedEndpoint(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
