package com.wildrydes.cognito.auth;

import java.time.Instant;

/**
 * One of the rider's passkeys as ListWebAuthnCredentials describes it: Cognito's credential id (to delete it), the
 * name the authenticator gave it, and when it was registered.
 */
public record Passkey(String credentialId, String name, Instant createdAt) {
}
