package com.wildrydes.localpool.user;

import java.time.Instant;
import java.util.List;

/**
 * A user's passkey, as CompleteWebAuthnRegistration verified it. The public key is kept as the authenticator
 * gave it (the attested credential data: AAGUID, credential id and COSE key), so an assertion can be checked
 * against it later; it is public, so it needs no hashing.
 *
 * @param poolId          the pool
 * @param username        the stored username
 * @param credentialId    the credential's id, base64url without padding (as WebAuthn's JSON gives it)
 * @param friendlyName    FriendlyCredentialName: the authenticator's name when known, else the local pool's
 * @param relyingPartyId  the relying party it was registered for
 * @param attachment      AuthenticatorAttachment ({@code platform}, {@code cross-platform}); null when not given
 * @param transports      AuthenticatorTransports as the browser reported them
 * @param createdAt       when it was registered
 * @param credentialData  the attested credential data, base64url
 * @param signCount       the authenticator's signature counter as last seen, so a cloned key is noticed
 */
public record WebAuthnCredential(String poolId, String username, String credentialId, String friendlyName,
        String relyingPartyId, String attachment, List<String> transports, Instant createdAt, String credentialData,
        long signCount) {

    public WebAuthnCredential {
        transports = List.copyOf(transports);
    }

    public WebAuthnCredential usedWith(long newSignCount) {
        return new WebAuthnCredential(poolId, username, credentialId, friendlyName, relyingPartyId, attachment,
                transports, createdAt, credentialData, newSignCount);
    }
}
