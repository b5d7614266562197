package com.wildrydes.cognito.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Passkeys ({@code wildrydes.passkeys.*}).
 *
 * @param relyingPartyId the WebAuthn relying party id the pool's WebAuthnConfiguration names: the site's domain
 *                       (e.g. {@code rides.example.com}); a passkey works only on that domain and its subdomains.
 *                       Empty: the host the site is served on, {@code localhost} for the local pool (an IP address
 *                       is never a valid relying party id).
 */
@ConfigurationProperties("wildrydes.passkeys")
public record PasskeySettings(String relyingPartyId) {

    /** The host the local site runs on, and the embedded pool's relying party when none is set. */
    public static final String LOCAL_RELYING_PARTY = "localhost";

    /** The relying party id to provision: the setting, or {@code fallback} when it is empty. */
    public String relyingPartyIdOr(String fallback) {
        return relyingPartyId == null || relyingPartyId.isBlank() ? fallback : relyingPartyId.strip();
    }
}
