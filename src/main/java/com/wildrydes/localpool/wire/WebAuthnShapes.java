package com.wildrydes.localpool.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The requests and answers of passkey registration and management: StartWebAuthnRegistration,
 * CompleteWebAuthnRegistration, ListWebAuthnCredentials, DeleteWebAuthnCredential. CredentialCreationOptions and
 * Credential are JSON documents in WebAuthn's own (lowerCamelCase) names, so they are maps, which the wire's
 * naming leaves as they are. Tokens stay out of {@code toString}.
 */
public final class WebAuthnShapes {

    private WebAuthnShapes() {
    }

    public record StartWebAuthnRegistrationRequest(@Required String accessToken) {
        @Override
        public String toString() {
            return "StartWebAuthnRegistrationRequest[****]";
        }
    }

    /** @param credentialCreationOptions PublicKeyCredentialCreationOptions as WebAuthn's toJSON gives them */
    public record StartWebAuthnRegistrationResponse(Map<String, Object> credentialCreationOptions) {
    }

    /** @param credential the RegistrationResponseJSON of {@code navigator.credentials.create} */
    public record CompleteWebAuthnRegistrationRequest(@Required String accessToken,
            @Required Map<String, Object> credential) {
        @Override
        public String toString() {
            return "CompleteWebAuthnRegistrationRequest[****]";
        }
    }

    public record ListWebAuthnCredentialsRequest(@Required String accessToken,
            @Length(min = 1, max = 131072) String nextToken, Integer maxResults) {
        @Override
        public String toString() {
            return "ListWebAuthnCredentialsRequest[maxResults=" + maxResults + "]";
        }
    }

    public record WebAuthnCredentialDescription(String credentialId, String friendlyCredentialName,
            String relyingPartyId, String authenticatorAttachment, List<String> authenticatorTransports,
            Instant createdAt) {
    }

    public record ListWebAuthnCredentialsResponse(List<WebAuthnCredentialDescription> credentials,
            String nextToken) {
    }

    public record DeleteWebAuthnCredentialRequest(@Required String accessToken,
            @Required @Length(max = 131072) String credentialId) {
        @Override
        public String toString() {
            return "DeleteWebAuthnCredentialRequest[credentialId=" + credentialId + "]";
        }
    }
}
