package com.wildrydes.localpool;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.AttestationStatement;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.attestation.statement.PackedAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A software passkey for tests, like Chromium's virtual authenticator: one EC P-256 key (ES256), user present and
 * verified, a signature counter that grows by one per use. {@link #create} answers a CredentialCreationOptions
 * document with the RegistrationResponseJSON {@code navigator.credentials.create} would give (packed
 * self-attestation, or {@code none}); {@link #get} answers CREDENTIAL_REQUEST_OPTIONS with the
 * AuthenticationResponseJSON of {@code navigator.credentials.get}, as a string. The knobs make the mistakes the
 * pool must refuse: another relying party, no user verification, a spoiled signature, a counter gone back.
 * Uses only the JDK and webauthn4j, so any test can use it, site or pool.
 */
public final class TestAuthenticator {

    private static final ObjectConverter CONVERTER = new ObjectConverter();
    private static final byte UP = 0x01;
    private static final byte UV = 0x04;
    private static final byte AT = 0x40;
    private static final AAGUID AAGUID_OF_TESTS = new AAGUID(UUID.fromString("01020304-0506-0708-090a-0b0c0d0e0f10"));

    private final KeyPair keys;
    private final byte[] credentialId = new byte[32];
    private long counter;
    private String relyingPartyOverride;
    private boolean verifiesUser = true;
    private boolean spoilSignature;

    public TestAuthenticator() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
    }

    /** The credential id as the pool lists it (base64url, no padding). */
    public String credentialId() {
        return base64url(credentialId);
    }

    /** Signs for this relying party id whatever the options ask for, as a passkey of another site would. */
    public TestAuthenticator forRelyingParty(String rpId) {
        this.relyingPartyOverride = rpId;
        return this;
    }

    /** Leaves the UV flag clear, as a security key without a PIN does. */
    public TestAuthenticator withoutUserVerification() {
        this.verifiesUser = false;
        return this;
    }

    /** The next assertion's signature has one bit flipped. */
    public TestAuthenticator spoilingTheNextSignature() {
        this.spoilSignature = true;
        return this;
    }

    /** Sets the counter, e.g. back to 0 to look like a cloned key. */
    public TestAuthenticator withCounter(long value) {
        this.counter = value;
        return this;
    }

    /** RegistrationResponseJSON with packed self-attestation. */
    public Map<String, Object> create(Map<String, Object> options, String origin) {
        return create(options, origin, true);
    }

    /** RegistrationResponseJSON; {@code packed} false gives attestation format {@code none}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> create(Map<String, Object> options, String origin, boolean packed) {
        String rpId = relyingPartyOverride != null ? relyingPartyOverride
                : (String) ((Map<String, Object>) options.get("rp")).get("id");
        byte[] clientData = clientData("webauthn.create", (String) options.get("challenge"), origin);
        var attested = new AttestedCredentialData(AAGUID_OF_TESTS, credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        AuthenticatorData<RegistrationExtensionAuthenticatorOutput> authenticatorData = new AuthenticatorData<>(
                sha256(rpId.getBytes(StandardCharsets.UTF_8)),
                (byte) (flags() | AT), counter, attested);
        byte[] authData = new AuthenticatorDataConverter(CONVERTER).convert(authenticatorData);
        AttestationStatement statement = packed
                ? new PackedAttestationStatement(COSEAlgorithmIdentifier.ES256, sign(concat(authData, sha256(clientData))), null)
                : new NoneAttestationStatement();
        byte[] attestationObject = new AttestationObjectConverter(CONVERTER)
                .convertToBytes(new AttestationObject(authenticatorData, statement));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", base64url(clientData));
        response.put("attestationObject", base64url(attestationObject));
        response.put("transports", List.of("internal"));
        return credential(response);
    }

    /** AuthenticationResponseJSON, as the string ChallengeResponses.CREDENTIAL carries. */
    @SuppressWarnings("unchecked")
    public String get(String requestOptionsJson, String origin) {
        Map<String, Object> options = CONVERTER.getJsonConverter().readValue(requestOptionsJson, Map.class);
        String rpId = relyingPartyOverride != null ? relyingPartyOverride : (String) options.get("rpId");
        byte[] clientData = clientData("webauthn.get", (String) options.get("challenge"), origin);
        counter++;
        byte[] authData = new AuthenticatorDataConverter(CONVERTER).convert(
                new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)), flags(), counter));
        byte[] signature = sign(concat(authData, sha256(clientData)));
        if (spoilSignature) {
            signature[signature.length - 1] ^= 0x01;
            spoilSignature = false;
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", base64url(clientData));
        response.put("authenticatorData", base64url(authData));
        response.put("signature", base64url(signature));
        response.put("userHandle", null);
        return CONVERTER.getJsonConverter().writeValueAsString(credential(response));
    }

    private Map<String, Object> credential(Map<String, Object> response) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("id", credentialId());
        credential.put("rawId", credentialId());
        credential.put("type", "public-key");
        credential.put("response", response);
        credential.put("authenticatorAttachment", "platform");
        credential.put("clientExtensionResults", Map.of());
        return credential;
    }

    private byte flags() {
        return (byte) (verifiesUser ? UP | UV : UP);
    }

    private static byte[] clientData(String type, String challenge, String origin) {
        return ("{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
